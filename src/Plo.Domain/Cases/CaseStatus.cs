namespace Plo.Domain.Cases;

public enum CaseStatus
{
    Open,
    Closed,
}
