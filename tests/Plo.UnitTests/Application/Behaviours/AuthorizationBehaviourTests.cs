using Mediator;
using Moq;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Behaviours;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;

namespace Plo.UnitTests.Application.Behaviours;

public class AuthorizationBehaviourTests
{
    [AllowedRoles(Roles.SocialWorker, Roles.TeamManager)]
    public sealed record Restricted : ICommand<string>;

    public sealed record Open : IQuery<string>;

    private static ICurrentUser UserIn(params string[] roles)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.Roles).Returns(roles);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns<string>(roles.Contains);
        return user.Object;
    }

    [Theory]
    [InlineData(Roles.LegalAdviser)]
    [InlineData(Roles.SeniorManager)]
    [InlineData(Roles.GatewayPanel)]
    public async Task Refuses_a_role_the_message_does_not_allow(string role)
    {
        var behaviour = new AuthorizationBehaviour<Restricted, string>(UserIn(role));

        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await behaviour.Handle(new Restricted(), (_, _) => ValueTask.FromResult("done"), CancellationToken.None));
    }

    [Fact]
    public async Task Lets_an_allowed_role_through()
    {
        var behaviour = new AuthorizationBehaviour<Restricted, string>(UserIn(Roles.LegalAdviser, Roles.TeamManager));

        Assert.Equal("done", await behaviour.Handle(new Restricted(), (_, _) => ValueTask.FromResult("done"), CancellationToken.None));
    }

    [Fact]
    public async Task Leaves_unmarked_messages_to_any_signed_in_user()
    {
        var behaviour = new AuthorizationBehaviour<Open, string>(UserIn(Roles.SocialWorker));

        Assert.Equal("done", await behaviour.Handle(new Open(), (_, _) => ValueTask.FromResult("done"), CancellationToken.None));
    }
}
