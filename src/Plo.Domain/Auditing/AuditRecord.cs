namespace Plo.Domain.Auditing;

/// <summary>
/// Who did what, when, to which case; for a correction, what the record said before and after. Append-only: the
/// database refuses updates and deletes.
/// </summary>
public sealed class AuditRecord
{
    private AuditRecord() { }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string UserId { get; private set; } = "";
    public string Roles { get; private set; } = "";
    public string Action { get; private set; } = "";
    public Guid? CaseId { get; private set; }
    public string? Before { get; private set; }
    public string? After { get; private set; }

    public static AuditRecord Of(
        DateTime at,
        string userId,
        string roles,
        string action,
        Guid? caseId,
        string? before = null,
        string? after = null
    ) =>
        new()
        {
            At = at,
            UserId = userId,
            Roles = roles,
            Action = action,
            CaseId = caseId,
            Before = before,
            After = after,
        };
}
