package org.jsis.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page the {@code layout} model attribute that the shared layout
 * ({@code templates/fragments/layout.html}) shows: the navigation, collected once at startup from
 * {@link ConsoleNavigation} controllers (a link restricted to roles only for users holding one, as the
 * servlet request's {@code isUserInRole} answers), and the language switch. (Thymeleaf 3.1 forbids bean
 * references like {@code ${@bean}} in most attributes, hence a model attribute.)
 */
@ControllerAdvice(annotations = ConsolePage.class, assignableTypes = ErrorController.class)
class ConsoleLayout implements SmartInitializingSingleton {

    private final ApplicationContext context;
    private volatile List<NavigationEntry> navigation = List.of();

    ConsoleLayout(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void afterSingletonsInstantiated() {
        navigation = context.getBeansWithAnnotation(ConsoleNavigation.class).keySet().stream()
                .map(name -> Objects.requireNonNull(context.findAnnotationOnBean(name, ConsoleNavigation.class)))
                .map(a -> new NavigationEntry(a.path(), a.label(), a.order(), List.of(a.roles())))
                .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::path))
                .toList();
    }

    List<NavigationEntry> navigation() {
        return navigation;
    }

    /** The layout of a page; {@code null} for the JSON API under {@code /api/}, which renders no page. */
    @ModelAttribute("layout")
    @Nullable
    LayoutView view(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return null;
        }
        String current = path.isEmpty() ? "/" : path;
        String language =
                Languages.supported(RequestContextUtils.getLocale(request)).getLanguage();
        List<LayoutView.Link> links = navigation.stream()
                .filter(e -> e.roles().isEmpty() || e.roles().stream().anyMatch(request::isUserInRole))
                .map(e -> new LayoutView.Link(e.path(), e.label(), isActive(e.path(), current)))
                .toList();
        List<LayoutView.Link> languages = Languages.SUPPORTED.stream()
                .map(Locale::getLanguage)
                .map(l -> new LayoutView.Link(languageLink(request, l), "layout.lang." + l, l.equals(language)))
                .toList();
        return new LayoutView(links, language, languages);
    }

    private static boolean isActive(String entryPath, String current) {
        return entryPath.equals("/") ? current.equals("/") : current.startsWith(entryPath);
    }

    /** The current page's path and query with {@code lang} set, keeping its other parameters. */
    private static String languageLink(HttpServletRequest request, String language) {
        var uri = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("lang", language)
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
