using System.Text.RegularExpressions;
using Plo.PlainLanguage.Config;
using Plo.PlainLanguage.Model;
using Plo.PlainLanguage.Text;

namespace Plo.PlainLanguage.Rules;

/// <summary>
/// R15: unclear or wrong dates and times. A weekday that does not match its date is an error, and so
/// is a missing meeting date or one before the letter. Numeric, ordinal and US-order dates, 12pm/12am,
/// 24-hour times and deadlines with no date are warnings; too little notice of the meeting too.
/// </summary>
internal sealed partial class DatesTimesRule(RuleSet rules, Func<DateOnly, bool> isWorkingDay) : IRule
{
    private readonly PhraseMatcher<bool> _relative = new(rules.Dates.Relative.Select(r => (r, true)));

    public string Id => "R15";
    public string Name => "dates-times";

    public void Check(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var token in letter.BodyTokens)
        {
            if (token.Kind == TokenKind.Date)
            {
                CheckDate(letter, token, findings);
            }
            else if (token.Kind == TokenKind.Time)
            {
                CheckTime(token, findings);
            }
        }

        foreach (var block in letter.BodyBlocks)
        {
            var tokens = letter.BlockTokens[block];
            if (tokens.Any(t => t.Kind is TokenKind.Time or TokenKind.Number))
            {
                foreach (var m in DatePatterns.HyphenRange().EnumerateMatches(block.Text))
                {
                    findings.Add(
                        this,
                        Severity.Info,
                        block.Start + m.Index,
                        m.Length,
                        "Use \"to\" in a range of times.",
                        "10am to 11am"
                    );
                }
            }

            if (letter.Contains(block.Start, block.Length, "within"))
            {
                foreach (var m in Within().EnumerateMatches(block.Text))
                {
                    findings.Add(
                        this,
                        Severity.Warning,
                        block.Start + m.Index,
                        m.Length,
                        "A deadline without a date is easy to miss.",
                        "Give the date, like \"by Friday 12 June 2026\"."
                    );
                }
            }

            foreach (var (index, count, _) in _relative.Matches(tokens))
            {
                findings.Add(
                    this,
                    Severity.Warning,
                    tokens[index],
                    tokens[index + count - 1],
                    "A deadline without a date is easy to miss.",
                    "Give the date."
                );
            }
        }

        if (letter.Kind.NeedsMeeting)
        {
            CheckMeeting(letter, findings);
        }

        CheckMeetingDatesInText(letter, findings);
    }

    /// <summary>
    /// A date the text gives for a meeting still to come must not be past on the letter's date, and one given with a
    /// time (an appointment) must agree with the letter's meeting date. Sentences about a meeting already held ("at
    /// the meeting on 2 March we agreed") are left alone.
    /// </summary>
    private void CheckMeetingDatesInText(AnalysedLetter letter, FindingSink findings)
    {
        foreach (var unit in letter.Units)
        {
            if (
                !unit.Tokens.Any(t => t.Lower is "meeting" or "meet")
                || unit.Tokens.Any(t => PastTense.Contains(t.Lower))
            )
            {
                continue;
            }

            // A date with a time is an appointment: the letter's own meeting. A date alone may be another meeting
            // ("a review meeting on 20 April"), which must only be still to come.
            var appointment = unit.Tokens.Any(t => t.Kind == TokenKind.Time);
            foreach (var token in unit.Tokens.Where(t => t.Kind == TokenKind.Date))
            {
                if (letter.DateOf(token)?.Date is not { } on)
                {
                    continue;
                }

                if (on <= letter.LetterDate)
                {
                    findings.Add(
                        this,
                        Severity.Error,
                        token,
                        token,
                        $"This meeting date is not after the letter's date ({letter.LetterDate:d MMMM yyyy}).",
                        "Check the date of the meeting."
                    );
                }
                else if (letter.Meta.MeetingDate is { } expected && on != expected && appointment)
                {
                    findings.Add(
                        this,
                        Severity.Error,
                        token,
                        token,
                        $"The letter says the meeting is on {on:d MMMM yyyy}, but the meeting is on "
                            + $"{expected:d MMMM yyyy}.",
                        $"{expected:dddd d MMMM yyyy}"
                    );
                }
            }
        }
    }

    private void CheckDate(AnalysedLetter letter, Token token, FindingSink findings)
    {
        if (letter.DateOf(token) is not { } date)
        {
            return;
        }

        if (date.Invalid)
        {
            findings.Add(this, Severity.Error, token, token, "This date does not exist.");
        }
        else if (date.WeekdayMismatch)
        {
            findings.Add(
                this,
                Severity.Error,
                token,
                token,
                $"{date.Date:d MMMM yyyy} is a {date.Date!.Value.DayOfWeek}, not a {date.ClaimedWeekday}.",
                $"{date.Date.Value:dddd d MMMM yyyy}"
            );
        }

        if (date.Numeric)
        {
            findings.Add(
                this,
                Severity.Warning,
                token,
                token,
                "A date in numbers can be read two ways.",
                "Write the month as a word: 4 June 2026."
            );
        }

        if (date.HasOrdinal)
        {
            findings.Add(this, Severity.Warning, token, token, "Write dates without st, nd, rd or th.", "4 June 2026");
        }

        if (date.UsOrder)
        {
            findings.Add(this, Severity.Warning, token, token, "Put the day before the month.", "4 June 2026");
        }

        if (date.TwoDigitYear)
        {
            findings.Add(this, Severity.Info, token, token, "Write the year in full.");
        }
    }

    private void CheckTime(Token token, FindingSink findings)
    {
        if (LetterDate.IsTwelveHourNoonOrMidnight(token.Text))
        {
            findings.Add(
                this,
                Severity.Warning,
                token,
                token,
                "12am and 12pm are often misread.",
                "midday, or 11:59pm for a deadline"
            );
        }
        else if (LetterDate.IsTwentyFourHour(token.Text))
        {
            findings.Add(this, Severity.Warning, token, token, "Use the 12-hour clock.", "2pm, or 2:30pm");
        }
    }

    /// <summary>The meeting must have a date, after the letter, with enough working days' notice.</summary>
    private void CheckMeeting(AnalysedLetter letter, FindingSink findings)
    {
        var meeting = letter.Meta.MeetingDate ?? MeetingDateInLetter(letter);
        if (meeting is not { } on)
        {
            findings.AddForBody(
                this,
                Severity.Error,
                "The letter gives no date for the meeting.",
                "Give the day, date, time and place of the meeting."
            );
            return;
        }

        if (on <= letter.LetterDate)
        {
            findings.AddForBody(
                this,
                Severity.Error,
                $"The meeting date {on:d MMMM yyyy} is not after the letter's date {letter.LetterDate:d MMMM yyyy}."
            );
            return;
        }

        if (letter.Meta.MeetingDate is not null && !Mentions(letter, on))
        {
            findings.AddForBody(
                this,
                Severity.Error,
                $"The letter does not give the date of the meeting ({on:dddd d MMMM yyyy}).",
                $"Say: the meeting is on {on:dddd d MMMM yyyy}, with its time and place."
            );
        }

        var notice = 0;
        for (var day = letter.LetterDate.AddDays(1); day < on; day = day.AddDays(1))
        {
            notice += isWorkingDay(day) ? 1 : 0;
        }

        if (notice < rules.Thresholds.MeetingNoticeWorkingDays)
        {
            findings.AddForBody(
                this,
                Severity.Warning,
                $"The meeting gives {notice} working days' notice; give at least "
                    + $"{rules.Thresholds.MeetingNoticeWorkingDays} so a solicitor can come."
            );
        }
    }

    /// <summary>Words that put a sentence about a meeting in the past.</summary>
    private static readonly HashSet<string> PastTense = new(
        ["was", "were", "had", "held", "met", "agreed", "last", "took", "attended", "came"],
        StringComparer.Ordinal
    );

    private static bool Mentions(AnalysedLetter letter, DateOnly date) =>
        letter.Units.SelectMany(u => u.Tokens).Any(t => t.Kind == TokenKind.Date && letter.DateOf(t)?.Date == date);

    private static DateOnly? MeetingDateInLetter(AnalysedLetter letter) =>
        letter
            .Units.Where(u => letter.Contains(u.Start, u.Length, "meeting"))
            .SelectMany(u => u.Tokens)
            .Where(t => t.Kind == TokenKind.Date)
            .Select(t => letter.DateOf(t)?.Date)
            .FirstOrDefault(d => d is not null);

    [GeneratedRegex(
        @"\bwithin\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|ten|a\s+few)\s+"
            + @"(?:working\s+)?(?:days?|weeks?|months?)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Within();
}
