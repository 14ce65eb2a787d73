using System.Text.Json.Serialization;

namespace Plo.PlainLanguage.Model;

[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    [JsonStringEnumMemberName("info")]
    Info,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("error")]
    Error,
}

/// <summary>One problem in a letter. <see cref="Start"/> and <see cref="Length"/> are character offsets into the
/// checked plain text.</summary>
public sealed record Finding(
    string RuleId,
    string Name,
    Severity Severity,
    int Start,
    int Length,
    string Text,
    string Message,
    string? Suggestion = null,
    string? Slot = null
);
