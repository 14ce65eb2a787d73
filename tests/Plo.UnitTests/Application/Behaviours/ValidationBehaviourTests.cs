using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Moq;
using Plo.Application.Common.Behaviours;
using Plo.Application.Common.Exceptions;

namespace Plo.UnitTests.Application.Behaviours;

public class ValidationBehaviourTests
{
    public sealed record Ping(string Name) : ICommand<string>;

    private static MessageHandlerDelegate<Ping, string> Handler(Action onCall) =>
        (_, _) =>
        {
            onCall();
            return ValueTask.FromResult("pong");
        };

    private static Mock<IValidator<Ping>> ValidatorWith(params ValidationFailure[] failures)
    {
        var validator = new Mock<IValidator<Ping>>();
        validator
            .Setup(v => v.ValidateAsync(It.IsAny<Ping>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ValidationResult(failures));
        return validator;
    }

    [Fact]
    public async Task Runs_every_validator_and_reports_fields_in_camel_case()
    {
        var first = ValidatorWith(new ValidationFailure("Children[0].FirstName", "Required."));
        var second = ValidatorWith(new ValidationFailure("SocialWorkerId", "Required."));
        var behaviour = new ValidationBehaviour<Ping, string>([first.Object, second.Object], TimeProvider.System);
        var called = false;

        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await behaviour.Handle(new Ping("x"), Handler(() => called = true), CancellationToken.None)
        );

        Assert.False(called);
        Assert.Equal(["children[0].firstName", "socialWorkerId"], ex.Errors.Keys.Order());
        first.VerifyAll();
        second.VerifyAll();
    }

    [Fact]
    public async Task Passes_a_valid_message_on()
    {
        var behaviour = new ValidationBehaviour<Ping, string>([ValidatorWith().Object], TimeProvider.System);
        var called = false;

        Assert.Equal(
            "pong",
            await behaviour.Handle(new Ping("x"), Handler(() => called = true), CancellationToken.None)
        );
        Assert.True(called);
    }
}
