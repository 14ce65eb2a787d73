namespace Plo.Application.Common.Security;

/// <summary>
/// The access decision for the message being handled (scoped): the case it is about, if any, and the
/// roles the user acts in, which the audit record and timeline name.
/// </summary>
public sealed class AccessGrant
{
    public Guid? CaseId { get; private set; }

    /// <summary>The case's version when access was decided (null when the message is not about a case).</summary>
    public int? CaseVersion { get; private set; }

    public IReadOnlyList<string> ActingRoles { get; private set; } = [];

    internal void Grant(Guid? caseId, int? caseVersion, IReadOnlyList<string> actingRoles)
    {
        CaseId = caseId;
        CaseVersion = caseVersion;
        ActingRoles = actingRoles;
    }
}
