using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Plo.PlainLanguage.Config;

namespace Plo.PlainLanguage.Model;

/// <summary>
/// Compile-time JSON metadata for what the checker reads and writes (rules, letter metadata, reports), so the
/// native letter checker needs no reflection. The options in force are always the caller's (see
/// <see cref="LetterReport.Json"/>); this context only supplies the metadata.
/// </summary>
[JsonSerializable(typeof(RuleSet))]
[JsonSerializable(typeof(LetterMeta))]
[JsonSerializable(typeof(LetterReport))]
public sealed partial class PlainLanguageJson : JsonSerializerContext
{
    /// <summary>The given options with this context's metadata, for reading and writing the checker's own
    /// types.</summary>
    public static JsonSerializerOptions With(JsonSerializerOptions options) =>
        new(options) { TypeInfoResolver = Default };

    /// <summary>The metadata for <typeparamref name="T"/> under options made by <see cref="With"/>: the overloads
    /// that take it need no reflection.</summary>
    public static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) =>
        (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
