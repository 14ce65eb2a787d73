using Plo.Domain.Common;

namespace Plo.Application.Overview.GetDashboard;

/// <summary>
/// Managers' oversight of each family the user may see: supervision overdue or coming up, reassessments due after a
/// significant change, families held by a team manager while they wait for a social worker, and families whose
/// social worker has changed often in the last 12 months.
/// </summary>
public sealed record FamilyOversight(
    IReadOnlyList<SupervisionDue> Supervision,
    IReadOnlyList<ReassessmentDue> Reassessments,
    IReadOnlyList<WorkerChanges> WaitingForSocialWorker,
    IReadOnlyList<WorkerChanges> FrequentWorkerChanges
)
{
    internal static FamilyOversight Of(
        IReadOnlyList<ActiveChild> active,
        DateOnly today,
        DateOnly supervisionWindowEnd,
        int changesFrom
    )
    {
        // The dashboard's rows are children; supervision, reassessment and allocation belong to the family.
        var families = active
            .GroupBy(r => r.CaseId)
            .Select(g =>
            {
                var first = g.First();
                return (Child: first, Children: string.Join(", ", g.Select(r => r.Name)));
            })
            .OrderBy(f => f.Child.Reference, StringComparer.Ordinal)
            .ToList();
        return new FamilyOversight(
            [
                .. families
                    .Where(f => f.Child.SupervisionDue is { } due && due <= supervisionWindowEnd)
                    .Select(f => new SupervisionDue(
                        f.Child.CaseId,
                        f.Child.Reference,
                        f.Children,
                        f.Child.SocialWorkerName,
                        f.Child.SupervisionDue!.Value,
                        Math.Max(0, today.DayNumber - f.Child.SupervisionDue!.Value.DayNumber)
                    ))
                    .OrderBy(s => s.DueOn),
            ],
            [
                .. families
                    .Where(f => f.Child.ReassessmentDueSince is not null)
                    .Select(f => new ReassessmentDue(
                        f.Child.CaseId,
                        f.Child.Reference,
                        f.Children,
                        f.Child.ReassessmentDueSince!.Value,
                        today.DayNumber - f.Child.ReassessmentDueSince!.Value.DayNumber
                    ))
                    .OrderBy(r => r.Since),
            ],
            [.. families.Where(f => f.Child.WaitingForSocialWorker).Select(Changes)],
            [
                .. families
                    .Where(f => f.Child.WorkerChanges >= changesFrom)
                    .Select(Changes)
                    .OrderByDescending(w => w.Changes),
            ]
        );

        static WorkerChanges Changes((ActiveChild Child, string Children) f) =>
            new(f.Child.CaseId, f.Child.Reference, f.Children, f.Child.SocialWorkerName, f.Child.WorkerChanges);
    }

    /// <summary>What of this needs a manager now: supervision past its date, and reassessments due.</summary>
    internal IEnumerable<AttentionItem> NeedsYou(DateOnly today) =>
        Supervision
            .Where(s => s.DaysOverdue > 0)
            .Select(s =>
                AttentionItem.Waiting(
                    AttentionReason.SupervisionOverdue,
                    s.CaseId,
                    s.Reference,
                    $"{s.Children}: supervision was due {Words.ShortDate(s.DueOn)}",
                    s.DueOn,
                    today,
                    "A supervision session, with a result for each open supervision action"
                )
            )
            .Concat(
                Reassessments.Select(r =>
                    AttentionItem.Waiting(
                        AttentionReason.ReassessmentDue,
                        r.CaseId,
                        r.Reference,
                        $"{r.Children}: significant change on {Words.ShortDate(r.Since)} since the last assessment",
                        r.Since,
                        today,
                        "An updated assessment"
                    )
                )
            );
}
