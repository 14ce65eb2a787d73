namespace Plo.Application.Common.Behaviours;

/// <summary>Turns FluentValidation's <c>Children[0].FirstName</c> into the JSON path
/// <c>children[0].firstName</c>.</summary>
public static class FieldPath
{
    public static string ToCamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(CamelSegment));

    private static string CamelSegment(string segment) =>
        segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..];
}
