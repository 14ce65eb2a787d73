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

    /// <summary><see cref="Json"/> with compile-time metadata: for the checker's own types (reports, metadata), and
    /// the only options the native letter checker may use.</summary>
    public static readonly JsonSerializerOptions SourceGenerated = PlainLanguageJson.With(Json);

    public static LetterReport Of(CheckResult result, string? file = null) =>
        new(file, result.Text, result.Metrics, result.Findings);
}
