using System.Reflection;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Common.Security;

public enum AccessScope
{
    /// <summary>The message is about no single case (lists, opening a case, panel meetings).</summary>
    None,

    /// <summary>The message names a case (<see cref="IHasCaseId"/>).</summary>
    Case,

    /// <summary>The message names a letter (<see cref="ILetterMessage"/>), and so the letter's case.</summary>
    Letter,
}

/// <summary>What a message type asks of the user: the roles that may send it and the case it is about.</summary>
public sealed record MessageAccess(IReadOnlyList<string> PermittedRoles, AccessScope Scope)
{
    /// <summary>
    /// Reads the message type's declarations. A message must say what it is about: a type that names no case or
    /// letter and is not marked <see cref="NotCaseScopedAttribute"/> is a programming error, refused at first use.
    /// </summary>
    public static MessageAccess For(Type messageType)
    {
        var permitted = messageType.GetCustomAttribute<AllowedRolesAttribute>()?.Roles ?? Roles.All;
        var scope =
            typeof(IHasCaseId).IsAssignableFrom(messageType) ? AccessScope.Case
            : typeof(ILetterMessage).IsAssignableFrom(messageType) ? AccessScope.Letter
            : messageType.GetCustomAttribute<NotCaseScopedAttribute>() is not null ? AccessScope.None
            : throw new InvalidOperationException(
                $"{messageType.Name} must name its case (IHasCaseId), its letter (ILetterMessage) or be marked "
                    + $"[NotCaseScoped]."
            );
        return new MessageAccess(permitted, scope);
    }
}

/// <summary>Marks a message that is about no single case, so access is decided by role alone.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class NotCaseScopedAttribute : Attribute;
