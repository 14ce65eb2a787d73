namespace Plo.Domain.Journey;

/// <summary>How a child's journey stands at a glance: red needs a manager now, amber soon, green is on track.</summary>
public enum Rag
{
    Green,
    Amber,
    Red,
}
