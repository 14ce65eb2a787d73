using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Validation;

namespace Plo.Application.Common.Behaviours;

/// <summary>
/// Checks the message's shape as a whole (<see cref="RequestShape"/>), then runs every validator of the message;
/// any failure stops it with a 400 keyed by field.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(
    IEnumerable<IValidator<TMessage>> validators,
    TimeProvider clock
) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        // Validators may assume a sound shape: they run only once nothing is null that should not be.
        var failures = RequestShape.Check(message, clock.Today());
        if (!failures.Exists(f => f.ErrorMessage == RequestShape.MissingValue))
        {
            foreach (var validator in validators)
            {
                var result = await validator.ValidateAsync(message, cancellationToken);
                failures.AddRange(result.Errors);
            }
        }

        if (failures.Count > 0)
        {
            throw Refusal(failures);
        }

        return await next(message, cancellationToken);
    }

    private static RequestValidationException Refusal(List<ValidationFailure> failures) =>
        new(
            failures
                .GroupBy(f => FieldPath.ToCamelCase(f.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray())
        );
}
