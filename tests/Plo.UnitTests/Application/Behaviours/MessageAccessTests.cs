using Mediator;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Security;

namespace Plo.UnitTests.Application.Behaviours;

public class MessageAccessTests
{
    private static IEnumerable<Type> Messages =>
        typeof(OpenCaseCommand)
            .Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IMessage).IsAssignableFrom(t));

    [Fact]
    public void Every_message_says_which_case_it_is_about_or_that_it_is_about_none()
    {
        var undecided = Messages
            .Where(t =>
            {
                try
                {
                    _ = MessageAccess.For(t);
                    return false;
                }
                catch (InvalidOperationException)
                {
                    return true;
                }
            })
            .Select(t => t.Name)
            .ToList();

        Assert.NotEmpty(Messages);
        Assert.Empty(undecided);
    }

    [Fact]
    public void Every_command_names_the_roles_that_may_send_it()
    {
        var open = Messages
            .Where(t => typeof(IBaseCommand).IsAssignableFrom(t) && MessageAccess.For(t).PermittedRoles == Roles.All)
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(open);
    }

    public sealed record Unmarked : IQuery<string>;

    [Fact]
    public void A_message_that_names_nothing_is_refused_at_first_use()
    {
        Assert.Throws<InvalidOperationException>(() => MessageAccess.For(typeof(Unmarked)));
    }
}
