package org.jsis.border.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsis.audit.AuditEntry;
import org.jsis.audit.AuditLog;
import org.jsis.audit.Purpose;
import org.jsis.border.BorderInput;
import org.jsis.border.EntryBan;
import org.jsis.border.EntryBans;
import org.jsis.namematch.PartialDate;
import org.jsis.security.Caller;
import org.jsis.security.Distribution;
import org.jsis.security.Role;
import org.jsis.security.Sharing;
import org.jsis.security.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Entry bans: issued by the caller's state, read by whoever their distribution allows. */
@RestController
class EntryBanController {

    private final EntryBans bans;
    private final AuditLog audit;

    EntryBanController(EntryBans bans, AuditLog audit) {
        this.bans = bans;
        this.audit = audit;
    }

    record BanRequest(
            @Nullable String authority,
            @Nullable String legalBasis,
            @Nullable String reason,
            @Nullable String validFrom,
            @Nullable String validTo,
            @Nullable String scope,
            @Nullable String registerRecordId,
            @Nullable List<String> names,
            @Nullable String birthDate,
            @Nullable String nationality,
            @Nullable String sex,
            @Nullable List<BanDocumentRequest> documents,
            @Nullable String distribution,
            @Nullable List<String> sharedWith) {}

    record BanDocumentRequest(
            @Nullable String issuingState, @Nullable String number) {}

    /** Records a ban issued by the caller's state (analysts and state administrators). */
    @PostMapping("/api/v1/entry-bans")
    @Transactional
    ResponseEntity<EntryBan> create(@RequestBody BanRequest r) {
        Caller caller = BorderAccess.withRole(Role.ANALYST, Role.STATE_ADMIN);
        String state = caller.requireState();
        EntryBan ban = read(r, state);
        EntryBan stored = bans.create(ban, caller.username());
        audit.record(AuditEntry.of("border.ban.create").withRecord("entry-ban", stored.id(), stored.ownerState()));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(stored, caller));
    }

    /** A page of bans, as answered by the list. */
    record BanPage(List<EntryBan> items, int page, int size, long total) {}

    /**
     * The bans the caller's state may see (filtered in SQL by {@code jsis_can_see}), newest first, one
     * page; audited as a read of personal data with its purpose and filters, naming every ban returned.
     */
    @GetMapping("/api/v1/entry-bans")
    BanPage list(
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String issuingState,
            @RequestParam(required = false) @Nullable String scope,
            @RequestParam(required = false) @Nullable String inForceOn,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String document,
            @RequestParam(required = false) @Nullable String owner,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String size) {
        Caller caller = BorderAccess.withRole(Role.OFFICER, Role.ANALYST);
        Purpose p = Purpose.require(purpose);
        EntryBans.Filter filter = new EntryBans.Filter(
                issuingState == null || issuingState.isBlank()
                        ? null
                        : RequestReader.code("issuingState", issuingState, "[A-Z]{3}"),
                RequestReader.optionalEnum("scope", scope, Set.of("ISSUING_STATE", "ALL_MEMBERS")),
                RequestReader.optionalDate("inForceOn", inForceOn),
                nameFilter(name),
                documentFilter(document),
                owner == null || owner.isBlank() ? null : RequestReader.code("owner", owner, "[A-Z]{3}"));
        int pageNo = RequestReader.intInRange("page", page, 0, 0, 100_000);
        int pageSize = RequestReader.intInRange("size", size, 50, 1, 200);
        Visibility v = Visibility.of(caller, LocalDate.now());
        EntryBans.Page found = bans.list(filter, v.predicate("b"), v.params(), pageNo, pageSize);
        AuditEntry entry = AuditEntry.of("border.ban.list").withPurpose(p);
        entry = term(entry, "issuingState", filter.issuingState());
        entry = term(entry, "scope", filter.scope());
        entry = term(entry, "inForceOn", filter.inForceOn());
        entry = term(entry, "name", filter.name());
        entry = term(entry, "document", filter.document());
        entry = term(entry, "owner", filter.owner());
        audit.record(entry.withTerm("page", pageNo)
                .withTerm("size", pageSize)
                .withRecords(found.bans().stream()
                        .map(b -> org.jsis.audit.AuditedRecord.of("entry-ban", b.id(), b.ownerState()))
                        .toList()));
        return new BanPage(found.bans().stream().map(b -> view(b, caller)).toList(), pageNo, pageSize, found.total());
    }

    private static AuditEntry term(AuditEntry entry, String name, @Nullable Object value) {
        return value == null ? entry : entry.withTerm(name, value);
    }

    private static @Nullable String nameFilter(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.strip().length() > 300) {
            throw BorderInput.invalid("name", "part of a name, at most 300 characters", name);
        }
        return name.strip();
    }

    private static @Nullable String documentFilter(@Nullable String document) {
        if (document == null || document.isBlank()) {
            return null;
        }
        String number = document.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!number.matches("[A-Z0-9]{1,20}")) {
            throw BorderInput.invalid("document", "a document number: 1 to 20 letters A-Z and digits", document);
        }
        return number;
    }

    /** One ban, when the caller's state may see it (404 otherwise), audited with its purpose. */
    @GetMapping("/api/v1/entry-bans/{id}")
    ResponseEntity<EntryBan> one(@PathVariable long id, @RequestParam(required = false) @Nullable String purpose) {
        Caller caller = BorderAccess.withRole(Role.OFFICER, Role.ANALYST);
        Purpose p = Purpose.require(purpose);
        Visibility v = Visibility.of(caller, LocalDate.now());
        List<EntryBan> found = bans.load(List.of(id), v.predicate("b"), v.params());
        audit.record(AuditEntry.of("border.ban.view")
                .withPurpose(p)
                .withTerm("id", id)
                .withRecords(found.stream()
                        .map(b -> org.jsis.audit.AuditedRecord.of("entry-ban", b.id(), b.ownerState()))
                        .toList()));
        return found.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(view(found.get(0), caller));
    }

    /** A ban as answered: the recipients list is the owner's to know. */
    static EntryBan view(EntryBan b, Caller viewer) {
        Sharing s = new Sharing(b.ownerState(), Distribution.valueOf(b.distribution()), b.sharedWith()).viewFor(viewer);
        return b.withSharedWith(s.sharedWith());
    }

    static EntryBan read(BanRequest r, String state) {
        String authority = RequestReader.required("authority", r.authority(), "the authority that issued the ban")
                .strip();
        String basis = RequestReader.required("legalBasis", r.legalBasis(), "the law and article the ban rests on")
                .strip();
        String reason = RequestReader.required("reason", r.reason(), "the reason for the ban")
                .strip();
        LocalDate from = RequestReader.optionalDate(
                "validFrom", RequestReader.required("validFrom", r.validFrom(), "a date YYYY-MM-DD"));
        LocalDate to = RequestReader.optionalDate("validTo", r.validTo());
        if (to != null && to.isBefore(from)) {
            throw BorderInput.invalid("validTo", "on or after validFrom", r.validTo());
        }
        String scope = RequestReader.optionalEnum("scope", r.scope(), Set.of("ISSUING_STATE", "ALL_MEMBERS"));
        if (scope == null) {
            throw BorderInput.invalid("scope", "ISSUING_STATE or ALL_MEMBERS", null);
        }
        List<String> names = new ArrayList<>();
        if (r.names() != null) {
            for (String n : r.names()) {
                if (n != null && !n.isBlank()) {
                    if (n.strip().length() > 300) {
                        throw BorderInput.invalid("names", "names of at most 300 characters", n);
                    }
                    names.add(n.strip());
                }
            }
        }
        if (names.isEmpty()) {
            throw BorderInput.invalid("names", "at least one name of the person (any script)", null);
        }
        String birth = null;
        if (r.birthDate() != null && !r.birthDate().isBlank()) {
            try {
                birth = PartialDate.parse(r.birthDate().strip()).toString();
            } catch (RuntimeException e) {
                throw BorderInput.invalid("birthDate", "a date YYYY, YYYY-MM or YYYY-MM-DD", r.birthDate());
            }
        }
        String nationality = r.nationality() == null || r.nationality().isBlank()
                ? null
                : RequestReader.code("nationality", r.nationality(), "[A-Z]{3}");
        String sex = RequestReader.optionalEnum("sex", r.sex(), Set.of("M", "F", "X"));
        List<EntryBan.BanDocument> docs = new ArrayList<>();
        if (r.documents() != null) {
            for (int i = 0; i < r.documents().size(); i++) {
                BanDocumentRequest d = r.documents().get(i);
                String number = RequestReader.required(
                                "documents[" + i + "].number", d == null ? null : d.number(), "a document number")
                        .replaceAll("[\\s-]", "")
                        .toUpperCase(Locale.ROOT);
                if (!number.matches("[A-Z0-9]{1,20}")) {
                    throw BorderInput.invalid(
                            "documents[" + i + "].number", "1 to 20 letters A-Z and digits", d.number());
                }
                String issuer = d.issuingState() == null || d.issuingState().isBlank()
                        ? null
                        : RequestReader.code("documents[" + i + "].issuingState", d.issuingState(), "[A-Z]{1,3}");
                docs.add(new EntryBan.BanDocument(issuer, number));
            }
        }
        String distribution = r.distribution() == null || r.distribution().isBlank()
                ? "OWNER_ONLY"
                : RequestReader.optionalEnum("distribution", r.distribution(), RequestReader.DISTRIBUTIONS);
        List<String> shared = RequestReader.sharedWith(distribution, r.sharedWith());
        return new EntryBan(
                0,
                state,
                authority,
                basis,
                reason,
                from,
                to,
                scope,
                RequestReader.blankToNull(r.registerRecordId()),
                names,
                birth,
                nationality,
                sex,
                docs,
                state,
                distribution,
                shared);
    }
}
