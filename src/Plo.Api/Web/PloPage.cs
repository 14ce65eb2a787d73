using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plo.Application.Common.Behaviours;
using Plo.Application.Common.Exceptions;
using Plo.Application.Common.Security;
using Plo.Domain.Common;

namespace Plo.Api.Web;

/// <summary>
/// What every page shares: the mediator (pages send the same messages as the API and hold no rule) and the form's
/// errors, filled from the same validation the API answers 400 with.
/// </summary>
public abstract class PloPage : PageModel
{
    private ISender? _sender;

    protected ISender Sender => _sender ??= HttpContext.RequestServices.GetRequiredService<ISender>();

    public FormErrors Errors { get; } = new();

    /// <summary>The signed-in user as staff know them, and their roles, for the header and home page.</summary>
    public SignedInUser Me => SignedInUser.From(HttpContext);

    /// <summary>Whether one of the user's roles may send the message (the command still checks the case's
    /// reach): pages show a form only to someone who may use it.</summary>
    public bool May<TMessage>() => MessageAccess.For(typeof(TMessage)).PermittedRoles.Any(Me.Holds);

    /// <summary>Refuses the page (403) to someone whose roles may not send the message.</summary>
    protected void Require<TMessage>(string refusal)
    {
        if (!May<TMessage>())
        {
            throw new ForbiddenException(refusal);
        }
    }

    /// <summary>
    /// Runs a change; a refusal the user can fix (bad input, a broken rule, someone else's newer version) becomes
    /// the form's errors and false, so the page shows the form again with the values kept.
    /// </summary>
    protected async Task<bool> TryAsync(Func<CancellationToken, ValueTask> change)
    {
        try
        {
            await change(HttpContext.RequestAborted);
            return true;
        }
        catch (RequestValidationException e)
        {
            Errors.AddAllNew(e.Errors);
        }
        catch (DomainValidationException e)
        {
            Errors.Add(e.Field, e.Message);
        }
        catch (DomainRuleViolationException e)
        {
            Errors.Add("form", e.Message);
        }
        catch (ConflictException e)
        {
            Errors.Add("form", e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            Errors.Add(
                "form",
                "Someone else changed this record while you were working. Reload the page and try again."
            );
        }

        return false;
    }

    /// <summary>
    /// Sends a change once the form could be read; otherwise runs the message's validators on what could be read
    /// (see <see cref="ValidateAlsoAsync"/>). True when the change was made.
    /// </summary>
    protected async Task<bool> SubmitAsync<TMessage>(
        TMessage message,
        Func<TMessage, CancellationToken, ValueTask> send
    )
    {
        if (!Errors.Any)
        {
            return await TryAsync(ct => send(message, ct));
        }

        await ValidateAlsoAsync(message);
        return false;
    }

    /// <summary>The choice a radio or select sent, by name; null, with <paramref name="missing"/> as the field's
    /// error when one is given, if nothing or not one of the choices was sent.</summary>
    protected TEnum? Chosen<TEnum>(string? value, string field, string? missing = null)
        where TEnum : struct, Enum
    {
        if (
            Enum.TryParse<TEnum>(value, out var chosen)
            && Enum.IsDefined(chosen)
            && !int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)
        )
        {
            return chosen;
        }

        if (missing is not null)
        {
            Errors.Add(field, missing);
        }

        return null;
    }

    /// <summary>
    /// When the form itself could not be read (a date that is not a date), runs the message's own validators on what
    /// could be read, so the person sees every problem at once and not one at a time. Nothing is sent.
    /// </summary>
    protected async Task ValidateAlsoAsync<TMessage>(TMessage message)
    {
        foreach (var validator in HttpContext.RequestServices.GetServices<IValidator<TMessage>>())
        {
            var result = await validator.ValidateAsync(message, HttpContext.RequestAborted);
            Errors.AddAllNew(
                result
                    .Errors.GroupBy(f => FieldPath.ToCamelCase(f.PropertyName))
                    .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).ToArray())
            );
        }
    }
}
