namespace Plo.Domain.Letters;

/// <summary>Why a manager issues a letter that still has plain-language errors.</summary>
public enum OverrideCategory
{
    UrgentSafeguarding,
    CourtTimetable,
    Other,
}
