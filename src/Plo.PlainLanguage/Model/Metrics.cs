namespace Plo.PlainLanguage.Model;

/// <summary>
/// Counts and scores for the letter body, reproducible by hand: words and syllables leave out
/// masked tokens (dates, times, numbers, e-mails, phone numbers, postcodes, money); sentences are
/// body sentences (not headings or list fragments).
/// </summary>
public sealed record Metrics(
    int Words,
    int Sentences,
    int Syllables,
    int PolysyllabicWords,
    int Characters,
    int Letters,
    double FleschReadingEase,
    double FleschKincaidGrade,
    double ReadingAge,
    double AverageSentenceLength,
    double? Smog,
    double ColemanLiau,
    double AutomatedReadability,
    double GunningFog,
    double Lix
);
