namespace Plo.Domain.Auditing;

/// <summary>Who did what, when, to which case. Append-only: the database context refuses updates and deletes.</summary>
public sealed class AuditRecord
{
    private AuditRecord() { }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string UserId { get; private set; } = "";
    public string Roles { get; private set; } = "";
    public string Action { get; private set; } = "";
    public Guid? CaseId { get; private set; }

    public static AuditRecord Of(DateTime at, string userId, string roles, string action, Guid? caseId) =>
        new() { At = at, UserId = userId, Roles = roles, Action = action, CaseId = caseId };
}
