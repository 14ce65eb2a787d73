namespace Plo.PlainLanguage.Text;

/// <summary>
/// Whether a paragraph can hold a written date at all: a day before a month's name ("4 June", "4th of June") for
/// <see cref="DatePatterns.LongDate"/>, a day of one or two digits after it ("June 4") for
/// <see cref="DatePatterns.UsDate"/>. Both patterns try a match from nearly every letter of a paragraph; the month
/// names are found far faster, and most paragraphs with a digit have none next to one. The test never says no where
/// the pattern could match: white space and digits are the patterns' (<c>\s</c>, <c>\d</c>), and any two letters
/// stand for an ordinal or "of", whatever their case.
/// </summary>
internal static class WrittenDateGate
{
    public static (bool DayFirst, bool MonthFirst) Of(string text)
    {
        var (day, us) = (false, false);
        foreach (var month in DatePatterns.MonthName().EnumerateMatches(text))
        {
            day |= DayBefore(text, month.Index);
            us |= DayAfter(text, month.Index + month.Length);
            if (day && us)
            {
                break;
            }
        }

        return (day, us);
    }

    // …4 June, …4th June, …4 of June, …4th of June: white space before the month, then maybe "of" and more.
    private static bool DayBefore(string text, int month)
    {
        var i = SkipSpaceBack(text, month - 1);
        if (i < 0)
        {
            return false;
        }

        if (EndsWithDay(text, i))
        {
            return true;
        }

        var beforeOf = i >= 1 && char.IsLetter(text[i]) && char.IsLetter(text[i - 1]) ? SkipSpaceBack(text, i - 2) : -1;
        return beforeOf >= 0 && EndsWithDay(text, beforeOf);
    }

    // June 4, June 4th, June. 14: white space after the month (and its full stop), then a day of one or two digits
    // (a longer run is a year or a number, which the pattern's day cannot end in).
    private static bool DayAfter(string text, int end)
    {
        var i = end < text.Length && text[end] == '.' ? end + 1 : end;
        if (i >= text.Length || !char.IsWhiteSpace(text[i]))
        {
            return false;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var digits = 0;
        for (; i < text.Length && char.IsDigit(text[i]); i++)
        {
            digits++;
        }

        return digits is 1 or 2;
    }

    /// <summary>The position before a run of white space that ends at <paramref name="i"/>; -1 when there is no
    /// white space there or nothing before it.</summary>
    private static int SkipSpaceBack(string text, int i)
    {
        if (i < 0 || !char.IsWhiteSpace(text[i]))
        {
            return -1;
        }

        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i;
    }

    /// <summary>A day's digit, or one followed by an ordinal's two letters, ends at <paramref name="i"/>.</summary>
    private static bool EndsWithDay(string text, int i) =>
        char.IsDigit(text[i])
        || (i >= 2 && char.IsLetter(text[i]) && char.IsLetter(text[i - 1]) && char.IsDigit(text[i - 2]));
}
