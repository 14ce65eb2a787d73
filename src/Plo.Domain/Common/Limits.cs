namespace Plo.Domain.Common;

/// <summary>Lengths of free text, shared by the model, the mapping and the validators.</summary>
public static class Limits
{
    public const int ShortText = 200;
    public const int Narrative = 4000;
}
