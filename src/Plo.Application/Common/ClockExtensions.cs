namespace Plo.Application;

public static class ClockExtensions
{
    /// <summary>Today's date in the UK, where the council works.</summary>
    public static DateOnly Today(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), UkTime.Zone).DateTime);
}

public static class UkTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
