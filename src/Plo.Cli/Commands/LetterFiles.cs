using System.Text;

namespace Plo.Cli.Commands;

/// <summary>
/// Letters and their metadata as <c>check-letter</c> finds and reads them: a folder listed once (its letters in
/// ordinal order, each with the NAME.meta.json beside it when the listing has one), and each file read whole into
/// bytes. Over a thousand letters, the stream, reader and buffers that reading text through a FileStream allocates,
/// and an existence check per letter, cost more than checking some of the letters.
/// </summary>
internal static class LetterFiles
{
    public static readonly string[] Extensions = [".txt", ".html", ".htm"];
    private const string MetaSuffix = ".meta.json";

    /// <summary>A letter, and its metadata file when there is one.</summary>
    public sealed record Letter(string Path, string? MetaPath);

    public static List<Letter> InFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder).ToList();
        // As the file system would match the name: Windows and macOS ignore case by default, Linux does not.
        var names = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        var metas = files.Where(f => f.EndsWith(MetaSuffix, StringComparison.OrdinalIgnoreCase)).ToHashSet(names);
        return
        [
            .. files
                .Where(IsLetter)
                .Order(StringComparer.Ordinal)
                .Select(f => new Letter(f, MetaOf(f) is var meta && metas.Contains(meta) ? meta : null)),
        ];
    }

    public static Letter Single(string file) => new(file, MetaOf(file) is var meta && File.Exists(meta) ? meta : null);

    public static bool IsLetter(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The file's text as <see cref="File.ReadAllText(string)"/> gives it: UTF-8 unless a byte order mark
    /// says otherwise, invalid bytes replaced.</summary>
    public static string ReadText(string path) => Decode(File.ReadAllBytes(path));

    /// <summary>The file's bytes as UTF-8 (the mark taken off), for the JSON reader.</summary>
    public static ReadOnlyMemory<byte> ReadUtf8(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return HasOtherEncodingMark(bytes) ? Encoding.UTF8.GetBytes(Decode(bytes)) : WithoutUtf8Mark(bytes);
    }

    private static string Decode(byte[] bytes) =>
        HasOtherEncodingMark(bytes)
            ? new StreamReader(
                new MemoryStream(bytes),
                Encoding.UTF8,
                detectEncodingFromByteOrderMarks: true
            ).ReadToEnd()
            : Encoding.UTF8.GetString(WithoutUtf8Mark(bytes).Span);

    private static string MetaOf(string letter) =>
        Path.Combine(Path.GetDirectoryName(letter) ?? "", Path.GetFileNameWithoutExtension(letter) + MetaSuffix);

    private static ReadOnlyMemory<byte> WithoutUtf8Mark(byte[] bytes) =>
        bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsMemory(3) : bytes;

    // UTF-16 and UTF-32 marks (FF FE, FE FF, and FF FE 00 00 / 00 00 FE FF): rare enough to read the slow way.
    private static bool HasOtherEncodingMark(byte[] bytes) =>
        bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..];
}
