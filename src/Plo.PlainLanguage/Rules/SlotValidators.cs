using System.Text.RegularExpressions;
using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Reading;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>What each slot must contain (research notes §3.4); each returns what is missing, in plain words.</summary>
internal static partial class SlotValidators
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
            // Under its own heading a promise of help is help ("We will give you a safety gate."); found only by
            // keywords across the body, it must also name a service.
            "S3" => Need(
                scope.UnitsWith(cues.Cues).Any(u => scope.FromHeading || Mentions(scope, u, cues.ServiceCues)),
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
        // Under its own heading a dated or event-tied worry speaks for itself ("On 3 May Amy was alone at home.");
        // found only by keywords across the body, two sentences must say "worried", "concerned" or "because".
        var keyed = scope.UnitsWith(cues.Cues).Count();
        var enough = scope.FromHeading ? keyed + scope.Units.Count(u => IsConcrete(scope, u, cues)) > 0 : keyed >= 2;
        if (!enough)
        {
            missing.Add(
                scope.FromHeading
                    ? "say what we are worried about"
                    : "give at least two sentences about what we are worried about"
            );
        }

        var names = scope
            .Letter.Meta.ChildNames.Select(n => n.Split(' ')[0])
            .Concat(scope.Letter.Rules.Child.UnbornNaming)
            .Select(n => n.ToLowerInvariant())
            .ToList();
        // A letter that names the child nowhere is R13's error; here only a worry that leaves out the named child.
        var namedElsewhere = scope.Letter.Units.Any(u => scope.Letter.Contains(u, names));
        if ((scope.Letter.Meta.ChildNames.Count > 0 || scope.Letter.IsUnborn) && namedElsewhere)
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

    private static bool IsConcrete(SlotScope scope, Sentence unit, SlotCues cues) =>
        unit.Tokens.Any(t => t.Kind == TokenKind.Date) || Mentions(scope, unit, cues.EventCues);

    /// <summary>At least one real ask: an instruction to the parent ("you need to…", "please…") that is not only
    /// named inside a promise to agree it later ("we will agree what you need to do"), or a dated change someone
    /// other than the council owns ("Sam will … by Monday 16 March 2026").</summary>
    private static List<string> Changes(SlotScope scope, SlotCues cues) =>
        Need(
            scope.Units.Any(u => IsAsk(scope, u, cues)),
            "say what the parent needs to change, who does it and by when (\"you need to…\")"
        );

    private static bool IsAsk(SlotScope scope, Sentence unit, SlotCues cues)
    {
        var text = scope.Letter.LowerText.AsSpan(unit.Start, unit.Length);
        foreach (var cue in cues.Cues)
        {
            if (HasInstruction(text, cue))
            {
                return true;
            }
        }

        var dated = unit.Tokens.Exists(t => t.Kind == TokenKind.Date);
        return dated && OwnedWill().IsMatch(scope.Letter.Slice(unit.Start, unit.Length));
    }

    /// <summary>The cue as whole words, not after a question word.</summary>
    private static bool HasInstruction(ReadOnlySpan<char> text, string cue)
    {
        var at = text.IndexOf(cue, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (
                (at == 0 || !char.IsLetter(text[at - 1]))
                && (at + cue.Length == text.Length || !char.IsLetter(text[at + cue.Length]))
                && !AfterQuestionWord(text, at)
            )
            {
                return true;
            }

            var next = text[(at + 1)..].IndexOf(cue, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    // "what you need to do" names an ask without making one. The word before is the last one split off by spaces
    // once the white space before the cue is trimmed.
    private static bool AfterQuestionWord(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at].TrimEnd();
        return before[(before.LastIndexOf(' ') + 1)..] is "what" or "how" or "whether" or "which" or "if";
    }

    // The parent or a named person before "will": "You will", "Sam and Lee will", "you and Lee will".
    [GeneratedRegex(
        @"\b(?!(We|It|This|That|There|They|The|A|An|If|At|In|On)\b)([Yy]ou|\p{Lu}[\p{L}'-]+)"
            + @"(\s+and\s+([Yy]ou|\p{Lu}[\p{L}'-]+))*\s+will\s+(?!agree\b|talk\b|decide\b)"
    )]
    private static partial Regex OwnedWill();

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

    private static bool Mentions(SlotScope scope, Sentence unit, List<string> cues) =>
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
