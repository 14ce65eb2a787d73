namespace Plo.PlainLanguage.Text;

/// <summary>American spellings to try when a British spelling is not in the (American) CMU dictionary.</summary>
internal static class BritishSpelling
{
    private static readonly (string British, string American)[] Endings =
    [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("yse", "yze"),
        ("ysed", "yzed"),
        ("our", "or"),
        ("ours", "ors"),
        ("oured", "ored"),
        ("ouring", "oring"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("ence", "ense"),
        ("ogue", "og"),
        ("ogues", "ogs"),
        ("lled", "led"),
        ("lling", "ling"),
    ];

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["enquiry"] = "inquiry",
        ["enquiries"] = "inquiries",
        ["programme"] = "program",
        ["programmes"] = "programs",
        ["aunty"] = "auntie",
        ["judgement"] = "judgment",
    };

    public static IEnumerable<string> Americanise(string word)
    {
        if (Words.TryGetValue(word, out var american))
        {
            yield return american;
        }

        foreach (var (british, us) in Endings)
        {
            if (word.EndsWith(british, StringComparison.Ordinal))
            {
                yield return word[..^british.Length] + us;
            }
        }

        if (word.Contains("our", StringComparison.Ordinal))
        {
            yield return word.Replace("our", "or", StringComparison.Ordinal);
        }
    }
}
