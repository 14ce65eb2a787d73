using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Plo.PlainLanguage.Model;

namespace Plo.PlainLanguage.Config;

/// <summary>Reads a rule set: a council's edited file when given, else the defaults shipped inside the
/// library.</summary>
public static class RuleSetLoader
{
    private static readonly JsonSerializerOptions Json = PlainLanguageJson.With(
        new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip }
    );

    private static readonly JsonTypeInfo<RuleSet> Rules = PlainLanguageJson.Info<RuleSet>(Json);

    public static RuleSet Default()
    {
        using var stream =
            typeof(RuleSetLoader).Assembly.GetManifestResourceStream("Plo.PlainLanguage.plain-language-rules.json")
            ?? throw new InvalidOperationException("The default plain-language rules are missing from the library.");
        return JsonSerializer.Deserialize(stream, Rules)
            ?? throw new InvalidOperationException("The default plain-language rules are empty.");
    }

    public static RuleSet FromFile(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, Rules)
                ?? throw new InvalidDataException($"{path} holds no rules.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid rule file: {ex.Message}", ex);
        }
    }
}
