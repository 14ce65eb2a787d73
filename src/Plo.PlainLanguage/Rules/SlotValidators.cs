using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Reading;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>What each slot must contain (research notes §3.4); each returns what is missing, in plain words.</summary>
internal static class SlotValidators
{
    private static readonly HashSet<string> NotNames =
    [
        "I",
        "We",
        "You",
        "Your",
        "If",
        "The",
        "Please",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];

    public static List<string> Missing(string slot, SlotScope scope, SlotCues cues) =>
        slot switch
        {
            "S1" => Worries(scope, cues),
            "S2" => Changes(scope, cues),
            "S3" => Need(
                scope.UnitsWith(cues.Cues).Any(u => Mentions(scope, u, cues.ServiceCues)),
                "say what help we will give (\"we will…\") and which service"
            ),
            "S4" => Need(
                scope.Contains(cues.Cues) && scope.Contains(cues.DecideCues),
                "say in plain words that the family court could decide, for example where the child lives"
            ),
            "S5" => Need(
                scope.Units.Any(u => u.Tokens.Any(t => t.Kind == TokenKind.Date) && Mentions(scope, u, cues.Cues)),
                "give at least one date tied to a meeting, review or action"
            ),
            "S6" => LegalAdvice(scope, cues),
            "S7" => Meeting(scope, cues),
            "S8" => Contact(scope, cues),
            "S9" => Need(
                (
                    scope.Units.Take(2).Any(u => Mentions(scope, u, cues.Cues))
                    && scope.Units.Take(2).Any(u => Mentions(scope, u, cues.SolicitorCues))
                ) || WarnedBeforeDear(scope.Letter, cues),
                "open by saying not to ignore this letter and to take it to a solicitor now"
            ),
            "S10" => Need(
                scope.Contains(cues.Cues),
                "invite the family to involve relatives and friends, or offer a family meeting"
            ),
            _ => [],
        };

    private static List<string> Worries(SlotScope scope, SlotCues cues)
    {
        var missing = new List<string>();
        var worries = scope.UnitsWith(cues.Cues).ToList();
        if (worries.Count < 2)
        {
            missing.Add("give at least two sentences about what we are worried about");
        }

        var names = scope
            .Letter.Meta.ChildNames.Select(n => n.Split(' ')[0])
            .Concat(scope.Letter.Rules.Child.UnbornNaming)
            .Select(n => n.ToLowerInvariant());
        if (scope.Letter.Meta.ChildNames.Count > 0 || scope.Letter.IsUnborn)
        {
            if (!scope.Contains(names))
            {
                missing.Add("name the child");
            }
        }

        if (!scope.Has(TokenKind.Date) && !scope.Contains(cues.EventCues))
        {
            missing.Add("tie the worries to a date or a specific event");
        }

        return missing;
    }

    private static List<string> Changes(SlotScope scope, SlotCues cues)
    {
        var asks = scope.UnitsWith(cues.Cues).ToList();
        return Need(asks.Count > 0, "say what you need the parent to do (\"you need to…\")");
    }

    private static List<string> LegalAdvice(SlotScope scope, SlotCues cues)
    {
        var missing = new List<string>();
        AddIf(missing, !scope.Contains(cues.Cues), "mention a solicitor");
        AddIf(missing, !scope.Contains(cues.FreeCues), "say legal advice is free whatever your income");
        AddIf(missing, !scope.Contains(cues.TakeLetterCues), "tell the parent to take this letter to a solicitor");
        AddIf(missing, !scope.Contains(cues.FindCues), "say how to find a solicitor (the enclosed list)");
        return missing;
    }

    private static List<string> Meeting(SlotScope scope, SlotCues cues)
    {
        var missing = new List<string>();
        var dates = scope.Units.SelectMany(u => u.Tokens).Where(t => t.Kind == TokenKind.Date).ToList();
        AddIf(
            missing,
            !dates.Any(d => DatePatterns.LongDate().Match(d.Text).Groups["weekday"].Success),
            "give the day and date of the meeting"
        );
        AddIf(missing, !scope.Has(TokenKind.Time), "give the time");
        AddIf(
            missing,
            !scope.Has(TokenKind.Postcode) && !scope.Contains(cues.PlaceCues),
            "say where it is (the address), or how to join by video or phone"
        );
        AddIf(missing, !scope.Contains(cues.SolicitorCues), "say you can bring your solicitor");
        AddIf(missing, !scope.Contains(cues.WhoCues), "say who will be there or who to contact to confirm");
        return missing;
    }

    private static List<string> Contact(SlotScope scope, SlotCues cues)
    {
        var missing = new List<string>();
        AddIf(
            missing,
            !scope.Has(TokenKind.Phone) && !scope.Has(TokenKind.Email),
            "give a phone number or e-mail address"
        );
        var named = scope.Units.Any(u =>
            u.Tokens.Skip(1)
                .Any(t =>
                    t.IsWord
                    && t.Text.Length > 1
                    && char.IsUpper(t.Text[0])
                    && !NotNames.Contains(t.Text)
                    && !SyllableCounter.IsAcronym(t.Text)
                )
        );
        AddIf(missing, !named, "name the person to contact");
        return missing;
    }

    /// <summary>Many councils put the warning above "Dear …", under the address: it still opens the letter.
    /// </summary>
    private static bool WarnedBeforeDear(AnalysedLetter letter, SlotCues cues) =>
        letter
            .Blocks.Where(b => b.Part == LetterPart.Address)
            .Any(b =>
                cues.Cues.Any(c => b.Text.Contains(c, StringComparison.OrdinalIgnoreCase))
                && cues.SolicitorCues.Any(c => b.Text.Contains(c, StringComparison.OrdinalIgnoreCase))
            );

    private static bool Mentions(SlotScope scope, Sentence unit, IEnumerable<string> cues) =>
        scope.Letter.Contains(unit, cues);

    private static List<string> Need(bool ok, string what) => ok ? [] : [what];

    private static void AddIf(List<string> missing, bool condition, string what)
    {
        if (condition)
        {
            missing.Add(what);
        }
    }
}
