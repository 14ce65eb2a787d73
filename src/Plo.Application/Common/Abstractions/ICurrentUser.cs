namespace Plo.Application.Common.Abstractions;

/// <summary>The person (or process) the current message runs for.</summary>
public interface ICurrentUser
{
    string UserId { get; }
    IReadOnlyCollection<string> Roles { get; }

    bool IsInRole(string role) => Roles.Contains(role);
}
