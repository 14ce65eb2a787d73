namespace Plo.Domain.Auditing;

/// <summary>Who read what about which case, and when. Append-only, like the audit of changes.</summary>
public sealed class AccessRecord
{
    private AccessRecord() { }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public string UserId { get; private set; } = "";
    public string Roles { get; private set; } = "";
    public string What { get; private set; } = "";
    public Guid? CaseId { get; private set; }

    public static AccessRecord Of(DateTime at, string userId, string roles, string what, Guid? caseId) =>
        new()
        {
            At = at,
            UserId = userId,
            Roles = roles,
            What = what,
            CaseId = caseId,
        };
}
