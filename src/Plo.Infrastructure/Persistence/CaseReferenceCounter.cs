namespace Plo.Infrastructure.Persistence;

/// <summary>The last case number handed out in a year.</summary>
internal sealed class CaseReferenceCounter
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
