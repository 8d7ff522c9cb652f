package org.jsis.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.jsis.organisation.Agency;
import org.jsis.organisation.MemberState;
import org.jsis.organisation.OrganisationDirectory;
import org.jsis.organisation.web.ApiItems.AgencyItem;
import org.jsis.organisation.web.ApiItems.BodyItem;
import org.jsis.organisation.web.ApiItems.ChairmanshipItem;
import org.jsis.organisation.web.ApiItems.MemberStateItem;
import org.jsis.organisation.web.ApiItems.MembershipPeriodItem;
import org.jsis.platform.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON API over the organisation's reference data. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Organisation", description = "Member states, bodies, chairmanship and agencies, for any date")
@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "OK")
@ApiResponse(
        responseCode = "400",
        description = "Invalid input: the problem names the parameter and the expected form",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class OrganisationApiController {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final OrganisationDirectory directory;

    OrganisationApiController(OrganisationDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/member-states")
    @Operation(summary = "The member states' standing on a date (member, suspended or withdrawn)")
    MemberStatesResponse memberStates(
            @Parameter(description = "the date, YYYY-MM-DD; default today (Moscow time)", example = "2007-05-23")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate on) {
        LocalDate day = dayOrToday(on);
        return new MemberStatesResponse(
                day, directory.standings(day).stream().map(MemberStateItem::of).toList());
    }

    @GetMapping("/member-states/{code}/membership")
    @Operation(summary = "Every recorded membership period of a state, oldest first")
    @ApiResponse(
            responseCode = "404",
            description = "No member state with this code",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    MembershipHistoryResponse membership(
            @Parameter(description = "ISO 3166-1 alpha-3 code", example = "KGZ") @PathVariable String code) {
        MemberState state =
                directory.state(code).orElseThrow(() -> notFound("No member state with code '" + code + "'"));
        return new MembershipHistoryResponse(
                MemberStateItem.of(state),
                directory.membershipHistory(state.code()).stream()
                        .map(MembershipPeriodItem::of)
                        .toList());
    }

    @GetMapping("/bodies")
    @Operation(summary = "The organisation's bodies, forces and partner organisations")
    BodiesResponse bodies() {
        return new BodiesResponse(directory.bodies().stream().map(BodyItem::of).toList());
    }

    @GetMapping("/chairmanship")
    @Operation(summary = "The chairmanship term covering a date; no term when none is recorded")
    ChairmanshipResponse chairmanship(
            @Parameter(description = "the date, YYYY-MM-DD; default today (Moscow time)", example = "2008-03-01")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate on) {
        LocalDate day = dayOrToday(on);
        return new ChairmanshipResponse(
                day, directory.chairmanship(day).map(ChairmanshipItem::of).orElse(null));
    }

    @GetMapping("/agencies")
    @Operation(summary = "The agencies users belong to; all, or those of one member state")
    AgenciesResponse agencies(
            @Parameter(
                            description = "ISO 3166-1 alpha-3 code of a member state; omit for all agencies",
                            example = "KGZ")
                    @RequestParam(required = false)
                    @Nullable
                    String state) {
        if (state == null || state.isBlank()) {
            return new AgenciesResponse(
                    null, directory.agencies().stream().map(AgencyItem::of).toList());
        }
        MemberState known =
                directory.state(state).orElseThrow(() -> new InvalidParameterException("state", knownStates(), state));
        return new AgenciesResponse(
                known.code(),
                directory.agencies(known.code()).stream().map(AgencyItem::of).toList());
    }

    @GetMapping("/agencies/{code}")
    @Operation(summary = "One agency by its code")
    @ApiResponse(
            responseCode = "404",
            description = "No agency with this code",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    AgencyItem agency(@Parameter(description = "agency code", example = "KGZ-BORDER") @PathVariable String code) {
        Agency agency = directory.agency(code).orElseThrow(() -> notFound("No agency with code '" + code + "'"));
        return AgencyItem.of(agency);
    }

    private String knownStates() {
        return "an ISO 3166-1 alpha-3 code of a member state, one of "
                + directory.states().stream().map(MemberState::code).collect(Collectors.joining(", "));
    }

    private static LocalDate dayOrToday(@Nullable LocalDate on) {
        return on != null ? on : LocalDate.now(ZONE);
    }

    private static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
    }

    record MemberStatesResponse(LocalDate on, List<MemberStateItem> items) {}

    record MembershipHistoryResponse(MemberStateItem state, List<MembershipPeriodItem> periods) {}

    record BodiesResponse(List<BodyItem> items) {}

    record ChairmanshipResponse(LocalDate on, @Nullable ChairmanshipItem term) {}

    record AgenciesResponse(@Nullable String state, List<AgencyItem> items) {}
}
