using Plo.Domain.Cases;
using Plo.Domain.Journey;
using Plo.Domain.Letters;
using Plo.Domain.Meetings;
using Plo.Domain.Planning;

namespace Plo.Application.Letters.Model;

/// <summary>Builds the plain letter model for one recipient from the case, the council's details and today's
/// date.</summary>
public static class LetterModelBuilder
{
    public static LetterModel Build(
        FamilyCase c,
        FamilyMember recipient,
        LetterKind kind,
        CouncilOptions council,
        LetterContacts contacts,
        DateOnly today,
        HearingInput? hearing
    )
    {
        var children = c.Children.Select(ch => new ChildModel(ch.FirstName, $"{ch.FirstName} {ch.LastName}")).ToList();
        var unborn =
            kind == LetterKind.LetterBeforeProceedingsUnborn
            || (c.Children.Count > 0 && c.Children.All(ch => ch.IsUnborn));
        var dueDate = c.Children.Where(ch => ch.IsUnborn).Select(ch => ch.ExpectedDueDate).FirstOrDefault();
        var episode = c.Episodes.Where(e => e.IsActive).MinBy(e => e.StartDate) ?? c.Episodes.MaxBy(e => e.StartDate);
        var names = new HashSet<string>(
            c.Children.Select(ch => ch.FirstName).Concat(c.FamilyMembers.Select(a => a.FirstName)),
            StringComparer.Ordinal
        );
        var meeting = MeetingFor(c, kind, today);
        var issueBy = today.AddDays(council.IntentToIssueNoticeDays);
        if (meeting is not null && meeting.ScheduledOn.AddDays(7) > issueBy)
        {
            issueBy = meeting.ScheduledOn.AddDays(7);
        }

        var nextReview = c
            .Meetings.Where(m => m.Kind == MeetingKind.Review && !m.IsHeld && m.ScheduledOn >= today)
            .MinBy(m => m.ScheduledOn);

        return new LetterModel(
            new CouncilModel(
                council.Name,
                council.AddressLines,
                council.Phone,
                council.Email,
                [.. council.Solicitors.Select(s => new SolicitorFirmModel(s.Name, s.Address, s.Phone))]
            ),
            LetterFormat.Day(today),
            c.Reference,
            Recipient(recipient),
            children,
            unborn ? "your baby" : LetterFormat.List([.. children.Select(ch => ch.FirstName)]),
            unborn,
            dueDate is { } due ? LetterFormat.Month(due) : null,
            [.. c.Plan.Concerns.Select(Concern)],
            [.. c.Plan.Changes.Select(ch => Change(ch, recipient.FirstName, names))],
            [.. c.Plan.Support.Where(s => !s.AlreadyGiven).Select(s => Help(s, names))],
            [.. c.Plan.Support.Where(s => s.AlreadyGiven).Select(s => Help(s, names))],
            [
                .. c
                    .Assessments.Where(a => a.CompletedOn is null)
                    .Select(a => new AssessmentModel(AssessmentName(a), a.Assessor, LetterFormat.Day(a.DueOn))),
            ],
            c.Plan.ContingencyPlan,
            c.Plan.FamilyNetwork is { FgcOffered: true, Declined: false },
            meeting is not null
                ? new MeetingModel(
                    LetterFormat.Day(meeting.ScheduledOn),
                    LetterFormat.Time(meeting.StartsAt),
                    meeting.Place
                )
                : null,
            nextReview is null ? null : LetterFormat.Day(nextReview.ScheduledOn),
            episode is null ? null : LetterFormat.Day(episode.ExpectedEndDate),
            Contact(contacts.SocialWorker, council, "your social worker"),
            Contact(contacts.Lawyer, council, council.LegalTeam.Name, council.LegalTeam.Phone, council.LegalTeam.Email),
            hearing is null
                ? null
                : new HearingModel(LetterFormat.Day(hearing.Date), LetterFormat.Time(hearing.Time), hearing.Court),
            LetterFormat.Day(issueBy),
            c.Exit is null ? null : LetterFormat.Day(c.Exit.On),
            c.Exit?.Outcome switch
            {
                ExitOutcome.SteppedDownToChildProtectionPlan =>
                    "a child protection plan (a plan to keep your child safe)",
                ExitOutcome.SteppedDownToChildInNeedPlan => "a child in need plan (help and support for your family)",
                _ => null,
            }
        );
    }

    private static RecipientModel Recipient(FamilyMember m) =>
        new(
            $"{m.FirstName} {m.LastName}",
            m.FirstName,
            m.Address is { } a
                ?
                [
                    .. new[] { a.Line1, a.Line2, a.Town, a.Postcode }
                        .Where(l => !string.IsNullOrWhiteSpace(l))
                        .Select(l => l!),
                ]
                : [],
            m.Solicitor?.Name,
            m.Solicitor?.Firm,
            m.InterpreterNeeded,
            m.PreferredLanguage
        );

    private static ChangeModel Change(RequiredChange change, string reader, ISet<string> names)
    {
        var by = LetterFormat.Day(change.ByWhen);
        return new ChangeModel(
            change.What,
            change.Who,
            by,
            PlanSentences.Change(change.Who, change.What, by, reader, names)
        );
    }

    private static HelpModel Help(SupportOffer help, ISet<string> names) =>
        new(
            help.Service,
            help.Who,
            help.When,
            PlanSentences.Help(help.Service, help.Who, help.When, help.AlreadyGiven, names)
        );

    private static ConcernModel Concern(Concern c) =>
        new(c.OccurredOn is { } on ? LetterFormat.Date(on) : c.Event ?? "", c.Description);

    /// <summary>The meeting the letter invites the parent to.</summary>
    public static Meeting? MeetingFor(FamilyCase c, LetterKind kind, DateOnly today)
    {
        var wanted = kind switch
        {
            LetterKind.LetterBeforeProceedings or LetterKind.LetterBeforeProceedingsUnborn => MeetingKind.Initial,
            LetterKind.ReviewMeetingInvitation => MeetingKind.Review,
            LetterKind.LetterOfIntentToIssue => MeetingKind.Final,
            _ => (MeetingKind?)null,
        };
        return wanted is null
            ? null
            : c.Meetings.Where(m => m.Kind == wanted && !m.IsHeld && m.ScheduledOn >= today).MinBy(m => m.ScheduledOn);
    }

    /// <summary>A named person's contacts; where the directory has none, the council's (or the legal team's) stand
    /// in.</summary>
    private static StaffModel Contact(
        StaffContact? person,
        CouncilOptions council,
        string fallbackName,
        string? fallbackPhone = null,
        string? fallbackEmail = null
    )
    {
        var phone = fallbackPhone ?? council.Phone;
        var email = fallbackEmail ?? council.Email;
        return person is null
            ? new StaffModel(fallbackName, phone, email)
            : new StaffModel(person.Name, person.Phone ?? phone, person.Email ?? email);
    }

    private static string AssessmentName(Assessment a) =>
        a.Kind switch
        {
            AssessmentKind.Parenting => "a parenting assessment",
            AssessmentKind.FamilyAndFriendsViability => "a check on family or friends who could help care",
            AssessmentKind.SpecialGuardianship => "an assessment of a family member who could bring up your child",
            AssessmentKind.DrugAndAlcoholTesting => "drug and alcohol tests",
            AssessmentKind.Psychological => "an assessment by a psychologist",
            _ => a.Description ?? "an assessment",
        };
}
