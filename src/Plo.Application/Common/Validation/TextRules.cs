namespace Plo.Application.Common.Validation;

/// <summary>Characters that have no place in what staff type, because they hide or disguise text in print and
/// spreadsheets.</summary>
public static class TextRules
{
    /// <summary>Control characters (except tab and line breaks), direction overrides and invisible spaces: refused in
    /// every field.</summary>
    public static bool HasHiddenCharacters(string text)
    {
        foreach (var c in text)
        {
            if (
                (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                || IsDirectionControl(c)
                || c is '\u200B' or '\u2060' or '\uFEFF'
            )
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Names, ids and references are stricter: no line breaks or tabs, and no zero-width joiners either (which
    /// some scripts need in prose, but which make two names that look the same differ).
    /// </summary>
    public static bool IsCleanName(string text) =>
        !HasHiddenCharacters(text) && text.IndexOfAny(['\t', '\n', '\r', '\u200C', '\u200D']) < 0;

    private static bool IsDirectionControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
