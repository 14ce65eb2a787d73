namespace Plo.Application.Common.Security;

/// <summary>
/// Limits a message to users holding one of these roles. Checked by the authorization
/// behaviour, so the rule holds for every way in (API, pages, CLI), not just one endpoint.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
