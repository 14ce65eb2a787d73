using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;
using Plo.Domain.Common;

namespace Plo.Application.Common.Validation;

/// <summary>
/// Checks a whole message before any validator reads it: no null where the type says there is always a value
/// (fields, nested objects, list elements), enums only with defined values, no text over the stored limit or with
/// hidden characters, and dates from 1900 to two years ahead. Field paths are the JSON ones (<c>actionResults[0]</c>).
/// </summary>
public static class RequestShape
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public const int YearsAhead = 2;
    private const int MaxItems = 1000;
    private const int MaxDepth = 8;

    private static readonly ConcurrentDictionary<Type, Member[]> Members = new();

    /// <summary>The message used when a value is missing; validators run only when no value is missing.</summary>
    public const string MissingValue = "A value is required here.";

    public static List<ValidationFailure> Check(object message, DateOnly today)
    {
        var failures = new List<ValidationFailure>();
        Walk(message, "", today.AddYears(YearsAhead), failures, 0);
        return failures;
    }

    private static void Walk(object value, string path, DateOnly latest, List<ValidationFailure> failures, int depth)
    {
        foreach (var member in MembersOf(value.GetType()))
        {
            CheckValue(
                member.Property.GetValue(value),
                Join(path, member.Name),
                member.Nullability,
                member.FreeText,
                latest,
                failures,
                depth
            );
        }
    }

    private static void CheckValue(
        object? value,
        string path,
        NullabilityInfo nullability,
        FreeTextAttribute? freeText,
        DateOnly latest,
        List<ValidationFailure> failures,
        int depth
    )
    {
        switch (value)
        {
            case null when nullability.ReadState == NullabilityState.NotNull:
                failures.Add(new(path, MissingValue));
                break;
            case null:
                break;
            case string text:
                CheckText(text, path, freeText, failures);
                break;
            case DateOnly date when date < Earliest || date > latest:
                failures.Add(new(path, $"Enter a date between {Earliest:d MMMM yyyy} and {latest:d MMMM yyyy}."));
                break;
            case Enum e when !Enum.IsDefined(e.GetType(), e):
                failures.Add(new(path, $"Use one of: {string.Join(", ", Enum.GetNames(e.GetType()).Select(Camel))}."));
                break;
            case IEnumerable items when depth < MaxDepth:
                CheckItems(
                    items,
                    path,
                    nullability.ElementType ?? nullability.GenericTypeArguments.FirstOrDefault(),
                    latest,
                    failures,
                    depth
                );
                break;
            case var nested when IsOurs(nested.GetType()) && depth < MaxDepth:
                Walk(nested, path, latest, failures, depth + 1);
                break;
        }
    }

    private static void CheckItems(
        IEnumerable items,
        string path,
        NullabilityInfo? element,
        DateOnly latest,
        List<ValidationFailure> failures,
        int depth
    )
    {
        var index = 0;
        foreach (var item in items)
        {
            if (index == MaxItems)
            {
                failures.Add(new(path, $"At most {MaxItems} items."));
                return;
            }

            if (element is not null)
            {
                CheckValue(item, $"{path}[{index}]", element, null, latest, failures, depth + 1);
            }

            index++;
        }
    }

    private static void CheckText(
        string text,
        string path,
        FreeTextAttribute? freeText,
        List<ValidationFailure> failures
    )
    {
        var max = freeText?.MaxLength ?? Limits.Narrative;
        if (text.Length > max)
        {
            failures.Add(new(path, $"This is longer than {max:N0} characters."));
        }
        else if (freeText is null && TextRules.HasHiddenCharacters(text))
        {
            failures.Add(new(path, "This contains hidden or control characters. Retype it rather than pasting it."));
        }
    }

    private static bool IsOurs(Type type) =>
        type.Namespace?.StartsWith("Plo.", StringComparison.Ordinal) == true && !type.IsEnum;

    private static Member[] MembersOf(Type type) =>
        Members.GetOrAdd(
            type,
            t =>
                [
                    .. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
                        .Select(p => new Member(
                            p,
                            Camel(p.Name),
                            new NullabilityInfoContext().Create(p),
                            FreeTextOf(t, p)
                        )), // the context is not thread-safe
                ]
        );

    /// <summary>A record's attribute may sit on its constructor parameter rather than the generated property.</summary>
    private static FreeTextAttribute? FreeTextOf(Type type, PropertyInfo property) =>
        property.GetCustomAttribute<FreeTextAttribute>()
        ?? type.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name)
            ?.GetCustomAttribute<FreeTextAttribute>();

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private sealed record Member(
        PropertyInfo Property,
        string Name,
        NullabilityInfo Nullability,
        FreeTextAttribute? FreeText
    );
}
