// JSIS security pages: copy a one-time secret (new token, generated password) to the clipboard.
document.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-jsis-copy]');
    if (!button) {
        return;
    }
    const field = document.querySelector(button.dataset.jsisCopy);
    field.focus();
    field.select();
    try {
        await navigator.clipboard.writeText(field.value);
    } catch (notAllowed) {
        // Outside a secure context (plain HTTP to another host) the Clipboard API is absent.
        document.execCommand('copy');
    }
    button.textContent = button.dataset.copiedText;
});
