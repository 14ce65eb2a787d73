using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using Plo.Application.Letters;
using Plo.Application.Letters.Samples;
using Plo.Domain.Letters;
using Plo.Infrastructure.Letters;
using Plo.PlainLanguage;

namespace Plo.Benchmarks;

/// <summary>Rendering a letter before proceedings from its Scriban template and checking it (goal: 5 ms median,
/// warm), under the server garbage collector, as the API runs.</summary>
[MemoryDiagnoser]
[GcServer(true)]
public class LetterBenchmarks
{
    private LetterDrafter _drafter = null!;
    private SampleCase _sample = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = new LetterTemplateCatalog(Path.Combine(AppContext.BaseDirectory, "letter-templates"));
        _drafter = new LetterDrafter(
            new ScribanLetterRenderer(catalog),
            new PlainLanguageChecker(),
            Options.Create(SampleCouncil.Options)
        );
        _sample = SampleCases.All()[0];
    }

    [Benchmark]
    public LetterContent Render_and_check_a_letter_before_proceedings() =>
        _drafter.Preview(
            _sample.Case,
            _sample.Recipient,
            LetterKind.LetterBeforeProceedings,
            SampleCouncil.Contacts,
            _sample.Today,
            _sample.Hearing
        );
}
