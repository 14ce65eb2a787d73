using System.Reflection;
using Mediator;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;

namespace Plo.Application.Common.Behaviours;

/// <summary>Refuses a message marked <see cref="AllowedRolesAttribute"/> unless the user holds one of its roles.</summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly IReadOnlyList<string>? AllowedRoles =
        typeof(TMessage).GetCustomAttribute<AllowedRolesAttribute>()?.Roles;

    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (AllowedRoles is not null && !AllowedRoles.Any(user.IsInRole))
        {
            throw new ForbiddenException($"Only {string.Join(" or ", AllowedRoles)} may do this.");
        }

        return next(message, cancellationToken);
    }
}
