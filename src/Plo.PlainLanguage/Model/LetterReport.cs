using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plo.PlainLanguage.Model;

/// <summary>The shape the CLI (--format json) and the API return for one letter.</summary>
public sealed record LetterReport(string? File, string Text, Metrics Metrics, IReadOnlyList<Finding> Findings)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static LetterReport Of(CheckResult result, string? file = null) =>
        new(file, result.Text, result.Metrics, result.Findings);
}
