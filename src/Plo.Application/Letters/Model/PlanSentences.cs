using System.Globalization;

namespace Plo.Application.Letters.Model;

/// <summary>
/// Turns plan fields into whole sentences a parent can read aloud: "You and Lee will take Ben to his health visit
/// by Friday 20 March 2026." rather than "Take Ben to his health visit. Who: Sam and Lee." Staff type the fields as
/// they speak; this only fixes the joins (capitals, articles, the reader as "you").
/// </summary>
public static class PlanSentences
{
    private static readonly TextInfo Text = CultureInfo.GetCultureInfo("en-GB").TextInfo;

    // A provider named by its kind takes "the" ("the early help team"); a person by profession takes "a"/"an".
    private static readonly HashSet<string> Places =
    [
        "team",
        "service",
        "services",
        "centre",
        "hub",
        "unit",
        "hospital",
        "school",
        "nursery",
        "clinic",
        "surgery",
        "practice",
        "council",
        "charity",
        "project",
    ];

    /// <summary>"You and Lee will make sure an adult is always at home by Monday 16 March 2026."</summary>
    public static string Change(string who, string what, string byDate, string readerFirstName, ISet<string> names) =>
        $"{Capitalise(Doers(who, readerFirstName))} will {Clause(what, names)} by {byDate}.";

    /// <summary>"The early help team will give you a family support worker every Tuesday morning." or, for help
    /// already given, "... gave you ...".</summary>
    public static string Help(string service, string provider, string when, bool alreadyGiven, ISet<string> names)
    {
        var verb = alreadyGiven ? "gave you" : "will give you";
        var timing = Clause(when, names);
        var sentence = $"{Capitalise(Provider(provider))} {verb} {Clause(service, names)}";
        return timing.Length == 0 ? $"{sentence}." : $"{sentence} {timing}.";
    }

    /// <summary>The people who must act, with the reader as "you", first: "Sam and Lee" to Sam is "you and
    /// Lee".</summary>
    public static string Doers(string who, string readerFirstName)
    {
        var people = who.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        var reader = people.FindIndex(p => string.Equals(p, readerFirstName, StringComparison.OrdinalIgnoreCase));
        if (reader < 0)
        {
            return who.Trim().TrimEnd('.');
        }

        people.RemoveAt(reader);
        people.Insert(0, "you");
        return LetterFormat.List(people);
    }

    /// <summary>"Independent social worker" is "an independent social worker"; "Early help team" is "the early help
    /// team"; "Riverside Family Centre" and "the hospital" keep their form.</summary>
    public static string Provider(string provider)
    {
        var words = provider.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "";
        }

        if (words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || IsProperName(words))
        {
            return string.Join(' ', words);
        }

        var common = string.Join(' ', words.Select((w, i) => i == 0 ? Uncapitalise(w) : w));
        var article =
            Places.Contains(words[^1].ToLowerInvariant()) ? "the"
            : "aeiou".Contains(common[0], StringComparison.Ordinal) ? "an"
            : "a";
        return $"{article} {common}";
    }

    /// <summary>A field typed as a sentence ("Take Ben to his visit.") read inside one: no full stop, and a small
    /// first letter unless it starts with a name.</summary>
    public static string Clause(string text, ISet<string> names)
    {
        var trimmed = text.Trim().TrimEnd('.', ' ');
        if (trimmed.Length == 0)
        {
            return "";
        }

        var words = trimmed.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var keep =
            IsNamed(words[0], names)
            || words[0] == "I"
            || (words.Length > 1 && char.IsUpper(words[1][0]) && !IsNamed(words[1], names));
        return keep ? trimmed : Uncapitalise(trimmed);
    }

    private static bool IsProperName(string[] words) =>
        words.Any(w => w.Skip(1).Any(char.IsUpper))
        || (words.Length > 1 && words.Where(w => w.Length > 3).All(w => char.IsUpper(w[0])));

    // Names, days, months and acronyms keep their capital wherever they stand.
    private static bool IsNamed(string word, ISet<string> names)
    {
        var plain = word.TrimEnd(',', ':', ';');
        var owner = plain.EndsWith("'s", StringComparison.Ordinal) ? plain[..^2] : plain; // "Ben's" is Ben's
        return names.Contains(plain)
            || names.Contains(owner)
            || DateWords.Contains(plain)
            || word.Skip(1).Any(char.IsUpper);
    }

    private static readonly HashSet<string> DateWords = new(
        CultureInfo
            .GetCultureInfo("en-GB")
            .DateTimeFormat.DayNames.Concat(
                CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.MonthNames.Where(m => m.Length > 0)
            ),
        StringComparer.Ordinal
    );

    private static string Capitalise(string text) => text.Length == 0 ? text : Text.ToUpper(text[0]) + text[1..];

    private static string Uncapitalise(string text) => text.Length == 0 ? text : Text.ToLower(text[0]) + text[1..];
}
