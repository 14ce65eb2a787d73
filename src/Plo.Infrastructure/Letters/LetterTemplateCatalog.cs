using System.Security.Cryptography;
using System.Text;
using Plo.Domain.Letters;
using Scriban;

namespace Plo.Infrastructure.Letters;

/// <summary>
/// Every template in the letter-templates folder, parsed once. A syntax error stops start-up with
/// the file and line. A letter's template version is a hash of its template and the partials.
/// </summary>
public sealed class LetterTemplateCatalog
{
    public const string Extension = ".sbn-html";
    public const string PartialsFolder = "_partials";

    private readonly Dictionary<LetterKind, (Template Template, string Version)> _letters = [];

    public LetterTemplateCatalog(string folder)
    {
        Folder = Path.GetFullPath(folder);
        if (!Directory.Exists(Folder))
        {
            throw new InvalidOperationException($"The letter templates folder {Folder} does not exist.");
        }

        var errors = new List<string>();
        var partialSources = Directory
            .EnumerateFiles(Path.Combine(Folder, PartialsFolder), "*" + Extension)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .ToList();
        Partials = partialSources.ToDictionary(p => p.Path, p => Parse(p.Text, p.Path, errors), StringComparer.Ordinal);
        var partialsText = string.Concat(partialSources.Select(p => p.Text));

        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            var path = Path.Combine(Folder, kind.Slug() + Extension);
            if (!File.Exists(path))
            {
                errors.Add($"{path}: missing template for {kind}.");
                continue;
            }

            var text = File.ReadAllText(path);
            _letters[kind] = (Parse(text, path, errors), Hash(text + partialsText));
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                "Letter templates have errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors)
            );
        }
    }

    public string Folder { get; }

    /// <summary>Parsed partials by full path (the include cache key).</summary>
    public IReadOnlyDictionary<string, Template> Partials { get; }

    public (Template Template, string Version) For(LetterKind kind) => _letters[kind];

    private static Template Parse(string text, string path, List<string> errors)
    {
        var template = Template.Parse(text, path);
        // Scriban reports "file(line,column) : error : message".
        errors.AddRange(
            template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error).Select(m => m.ToString())
        );
        return template;
    }

    private static string Hash(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16];
}
