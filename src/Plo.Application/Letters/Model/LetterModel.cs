namespace Plo.Application.Letters.Model;

/// <summary>
/// Everything a letter template may show, as plain text already formatted for a parent
/// (dates like "Tuesday 10 March 2026"). Templates see this and nothing else: never entities or services.
/// </summary>
public sealed record LetterModel(
    CouncilModel Council,
    string Date,
    string Reference,
    RecipientModel Recipient,
    IReadOnlyList<ChildModel> Children,
    string ChildNames,
    bool Unborn,
    string? DueDate,
    IReadOnlyList<ConcernModel> Concerns,
    IReadOnlyList<ChangeModel> Changes,
    IReadOnlyList<HelpModel> Help,
    IReadOnlyList<HelpModel> HelpGiven,
    IReadOnlyList<AssessmentModel> Assessments,
    string? ContingencyPlan,
    bool FamilyMeetingOffered,
    MeetingModel? Meeting,
    string? ReviewDate,
    string? EndDate,
    StaffModel SocialWorker,
    StaffModel Lawyer,
    HearingModel? Hearing,
    string IssueBy,
    string? ExitDate,
    string? ExitPlan
);

public sealed record CouncilModel(
    string Name,
    IReadOnlyList<string> AddressLines,
    string Phone,
    string Email,
    IReadOnlyList<SolicitorFirmModel> Solicitors
);

public sealed record SolicitorFirmModel(string Name, string Address, string Phone);

public sealed record RecipientModel(
    string Name,
    string FirstName,
    IReadOnlyList<string> AddressLines,
    string? SolicitorName,
    string? SolicitorFirm,
    bool NeedsInterpreter,
    string? Language
);

public sealed record ChildModel(string FirstName, string FullName);

public sealed record ConcernModel(string When, string Text);

/// <summary>A change the parent must make; <see cref="Sentence"/> says it whole, with the reader as "you".</summary>
public sealed record ChangeModel(string What, string Who, string ByDate, string Sentence);

public sealed record HelpModel(string Service, string Who, string When, string Sentence);

public sealed record AssessmentModel(string Kind, string Assessor, string DueDate);

public sealed record MeetingModel(string Date, string Time, string Place);

public sealed record StaffModel(string Name, string Phone, string Email);

public sealed record HearingModel(string Date, string Time, string Court);
