namespace Plo.Api.Web;

/// <summary>Times as people in the council read them: UK time, "Tuesday 3 March 2026 at 10:42".</summary>
public static class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime Of(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    public static string Words(DateTime utc)
    {
        var local = Of(utc);
        return $"{Domain.Common.Words.Date(DateOnly.FromDateTime(local))} at {local:HH:mm}";
    }

    /// <summary>"case-opened" → "Case opened".</summary>
    public static string Kind(string kind) =>
        kind.Length == 0 ? kind : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' ');
}
