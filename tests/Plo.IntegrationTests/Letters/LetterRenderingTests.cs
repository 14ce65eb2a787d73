using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Plo.Application.Letters;
using Plo.Application.Letters.Samples;
using Plo.Cli.Commands;
using Plo.Domain.Cases;
using Plo.Domain.Letters;
using Plo.Infrastructure.Letters;
using Plo.PlainLanguage;
using Plo.PlainLanguage.Model;
using Scriban.Syntax;

namespace Plo.IntegrationTests.Letters;

/// <summary>The templates as a council's parents will read them: safe, complete, plain.</summary>
public class LetterRenderingTests
{
    private static readonly string Templates = Path.Combine(AppContext.BaseDirectory, "letter-templates");
    private static readonly LetterTemplateCatalog Catalog = new(Templates);
    private static readonly LetterDrafter Drafter = new(
        new ScribanLetterRenderer(Catalog),
        new PlainLanguageChecker(),
        Options.Create(SampleCouncil.Options)
    );

    public static TheoryData<LetterKind, string> Pairs()
    {
        var data = new TheoryData<LetterKind, string>();
        foreach (var kind in Enum.GetValues<LetterKind>())
        {
            foreach (var sample in SampleCases.All())
            {
                data.Add(kind, sample.Name);
            }
        }

        return data;
    }

    [Fact]
    public void The_lint_fails_a_letter_for_a_warning_a_high_grade_or_low_reading_ease()
    {
        var checker = new PlainLanguageChecker();
        var meta = new LetterMeta
        {
            Kind = "other",
            LetterDate = new DateOnly(2026, 3, 2),
            ChildNames = ["Amy"],
        };
        var plain = LetterReport.Of(
            checker.CheckText("We are worried about Amy. You can help her. We will help you.", meta)
        );
        var hard = LetterReport.Of(
            checker.CheckText(
                "Notwithstanding considerable organisational difficulties, comprehensive interdisciplinary "
                    + "consultation regarding Amy necessitates additional documentation.",
                meta
            )
        );

        Assert.Empty(LintTemplatesCommand.Problems(plain));
        Assert.Contains(LintTemplatesCommand.Problems(hard), p => p.StartsWith("grade", StringComparison.Ordinal));
        Assert.Contains(
            LintTemplatesCommand.Problems(hard),
            p => p.StartsWith("reading ease", StringComparison.Ordinal)
        );
        Assert.Contains(LintTemplatesCommand.Problems(hard), p => p.Contains("(Warning)", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_template_for_every_sample_family_is_at_grade_five_or_below_with_no_error_or_warning()
    {
        var results = LintTemplatesCommand.Lint(Drafter).ToList();

        Assert.Equal(Enum.GetValues<LetterKind>().Length * SampleCases.All().Count, results.Count);
        Assert.All(
            results,
            r =>
                Assert.True(
                    LintTemplatesCommand.Problems(r.Report).Count == 0,
                    $"{r.Kind} × {r.Sample}: {string.Join("; ", LintTemplatesCommand.Problems(r.Report))}"
                )
        );
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Renders_the_approved_letter(LetterKind kind, string sampleName)
    {
        var sample = SampleCases
            .All(withExit: kind == LetterKind.EndOfPreProceedings)
            .Single(s => s.Name == sampleName);

        var html = Drafter
            .Preview(sample.Case, sample.Recipient, kind, SampleCouncil.Contacts, sample.Today, sample.Hearing)
            .Html;

        Approved.Verify($"{kind.Slug()}.{sampleName}.html", html);
    }

    [Theory]
    [InlineData(LetterKind.LetterBeforeProceedings, "Letter before proceedings")]
    [InlineData(LetterKind.LetterBeforeProceedingsUnborn, "Letter before proceedings")]
    [InlineData(LetterKind.LetterOfIntentToIssue, "Letter of intent to issue proceedings")]
    [InlineData(LetterKind.LetterOfIssue, "Letter of issue")]
    [InlineData(LetterKind.ReviewMeetingInvitation, "Invitation to a review meeting")]
    [InlineData(LetterKind.EndOfPreProceedings, "End of pre-proceedings")]
    public void Every_letter_is_headed_with_its_name_and_tells_a_parent_who_needs_one_about_interpreters_first(
        LetterKind kind,
        string title
    )
    {
        var polish = SampleCases.All(withExit: true).Single(s => s.Name == "unborn-baby");
        var english = SampleCases.All(withExit: true).Single(s => s.Name == "two-children");

        var text = Text(polish, kind);
        var lines = text.Split("\n\n");
        var heading = Array.IndexOf(lines, title);
        var interpreter = Array.FindIndex(
            lines,
            l => l.StartsWith("You told us you would like an interpreter.", StringComparison.Ordinal)
        );
        var dear = Array.IndexOf(lines, "Dear Leah,");
        Assert.True(heading > 0 && heading < interpreter && interpreter < dear, text);
        Assert.Contains(
            "We will book an interpreter who speaks Polish for every meeting and court hearing. To get this letter in "
                + "Polish, call Jordan Shah on 01632 960123.",
            lines[interpreter],
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("interpreter", Text(english, kind), StringComparison.Ordinal);
    }

    [Fact]
    public void The_letter_before_proceedings_says_what_it_is_and_how_serious_once()
    {
        var text = Text(SampleCases.All().Single(s => s.Name == "two-children"), LetterKind.LetterBeforeProceedings);

        Assert.Contains(
            "This is a letter before proceedings. This means we are thinking of going to the family court about Amy "
                + "and Ben. It also means you can get free advice from a solicitor.",
            text,
            StringComparison.Ordinal
        );
        Assert.Single(Regex.Matches(text, "ask the family court to decide"));
        Assert.DoesNotContain("we will ask the family court", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("They could live with someone else.", text, StringComparison.Ordinal);
        Assert.Contains(
            "You and Lee will make sure an adult is always at home with Amy and Ben by Monday 16 March 2026.",
            text,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("Who:", text, StringComparison.Ordinal);
        var given = text.IndexOf("Help you have had", StringComparison.Ordinal);
        var toCome = text.IndexOf("How we will help", StringComparison.Ordinal);
        Assert.InRange(text.IndexOf("The early help team gave you visits", StringComparison.Ordinal), given, toCome);
        Assert.True(
            text.IndexOf(
                "Riverside Family Centre will give you a place on a parenting course",
                StringComparison.Ordinal
            ) > toCome
        );
        Assert.Contains("These solicitors do not work for the council.", text, StringComparison.Ordinal);
        Assert.Contains(
            "Please tell us if you can come. Call Jordan Shah on 01632 960123",
            text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void The_letter_of_intent_to_issue_says_by_when_the_council_will_go_to_court()
    {
        var sample = SampleCases.All().Single(s => s.Name == "one-child");

        // Fourteen days from the letter (Monday 2 March 2026), or a week after the meeting it offers if later.
        Assert.Contains(
            "We plan to ask the family court by ",
            Text(sample, LetterKind.LetterOfIntentToIssue),
            StringComparison.Ordinal
        );
        var model = Application.Letters.Model.LetterModelBuilder.Build(
            sample.Case,
            sample.Recipient,
            LetterKind.LetterOfIntentToIssue,
            SampleCouncil.Options,
            SampleCouncil.Contacts,
            sample.Today,
            null
        );
        var meeting = Application.Letters.Model.LetterModelBuilder.MeetingFor(
            sample.Case,
            LetterKind.LetterOfIntentToIssue,
            sample.Today
        );
        var expected =
            meeting is null || meeting.ScheduledOn.AddDays(7) < sample.Today.AddDays(14)
                ? sample.Today.AddDays(14)
                : meeting.ScheduledOn.AddDays(7);
        Assert.Equal(Application.Letters.Model.LetterFormat.Day(expected), model.IssueBy);
    }

    private static string Text(SampleCase sample, LetterKind kind) =>
        Drafter.Preview(sample.Case, sample.Recipient, kind, SampleCouncil.Contacts, sample.Today, sample.Hearing).Text;

    [Fact]
    public void Hostile_values_print_as_text()
    {
        var sample = SampleCases.All()[2];
        var recipient = FamilyMember.Create(
            new NewFamilyMember(
                "<script>alert(1)</script>",
                "{{ 1+1 }}",
                "Mother",
                true,
                new Address("مرحبا 5 <b>Road</b>", null, "Town", "ZZ1 1AA"),
                null,
                false,
                null
            )
        );

        var html = Drafter
            .Preview(
                sample.Case,
                recipient,
                LetterKind.LetterBeforeProceedings,
                SampleCouncil.Contacts,
                sample.Today,
                null
            )
            .Html;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("{{ 1+1 }}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Road</b>", html, StringComparison.Ordinal);
        Assert.Contains("مرحبا 5", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_value_is_cut_and_the_letter_stays_bounded()
    {
        var sample = SampleCases.All()[2];
        var huge = new string('a', 1_000_000);
        var recipient = FamilyMember.Create(
            new NewFamilyMember(
                "Dana",
                "Fernley",
                "Mother",
                true,
                new Address("1 Road", null, "Town", "ZZ1 1AA"),
                null,
                false,
                null
            )
        );
        var model = Application.Letters.Model.LetterModelBuilder.Build(
            sample.Case,
            recipient,
            LetterKind.LetterBeforeProceedings,
            SampleCouncil.Options,
            SampleCouncil.Contacts,
            sample.Today,
            null
        ) with
        {
            ContingencyPlan = huge,
        };

        var html = new ScribanLetterRenderer(Catalog).Render(LetterKind.LetterBeforeProceedings, model).Html;

        Assert.InRange(html.Length, 1, 100_000);
    }

    [Fact]
    public void A_misspelt_field_is_an_error_not_a_blank()
    {
        var folder = CopyTemplates();
        var path = Path.Combine(folder, "end-of-pre-proceedings.sbn-html");
        File.WriteAllText(
            path,
            File.ReadAllText(path).Replace("{{ child_names }}", "{{ chlid_names }}", StringComparison.Ordinal)
        );
        var sample = SampleCases.All(withExit: true)[0];
        var renderer = new ScribanLetterRenderer(new LetterTemplateCatalog(folder));
        var model = Application.Letters.Model.LetterModelBuilder.Build(
            sample.Case,
            sample.Recipient,
            LetterKind.EndOfPreProceedings,
            SampleCouncil.Options,
            SampleCouncil.Contacts,
            sample.Today,
            null
        );

        var ex = Assert.Throws<ScriptRuntimeException>(() => renderer.Render(LetterKind.EndOfPreProceedings, model));
        Assert.Contains("chlid_names", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_stops_start_up_with_the_file_and_line()
    {
        var folder = CopyTemplates();
        File.AppendAllText(Path.Combine(folder, "letter-of-issue.sbn-html"), "\n{{ if }}\n");

        var ex = Assert.Throws<InvalidOperationException>(() => new LetterTemplateCatalog(folder));

        Assert.Contains("letter-of-issue.sbn-html(", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Includes_cannot_leave_the_partials_folder()
    {
        var folder = CopyTemplates();
        File.WriteAllText(Path.Combine(folder, "secret.sbn-html"), "TOP SECRET"); // exists, but outside _partials/
        File.WriteAllText(Path.Combine(folder, "review-meeting-invitation.sbn-html"), "{{ include '../secret' }}");
        var sample = SampleCases.All()[0];
        var model = Application.Letters.Model.LetterModelBuilder.Build(
            sample.Case,
            sample.Recipient,
            LetterKind.ReviewMeetingInvitation,
            SampleCouncil.Options,
            SampleCouncil.Contacts,
            sample.Today,
            null
        );

        var ex = Assert.ThrowsAny<Exception>(() =>
            new ScribanLetterRenderer(new LetterTemplateCatalog(folder)).Render(
                LetterKind.ReviewMeetingInvitation,
                model
            )
        );
        Assert.DoesNotContain("TOP SECRET", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("../secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_is_stopped()
    {
        var folder = CopyTemplates();
        File.WriteAllText(
            Path.Combine(folder, "review-meeting-invitation.sbn-html"),
            "{{ for i in 1..100000 }}x{{ end }}"
        );
        var sample = SampleCases.All()[0];
        var model = Application.Letters.Model.LetterModelBuilder.Build(
            sample.Case,
            sample.Recipient,
            LetterKind.ReviewMeetingInvitation,
            SampleCouncil.Options,
            SampleCouncil.Contacts,
            sample.Today,
            null
        );

        Assert.Throws<ScriptRuntimeException>(() =>
            new ScribanLetterRenderer(new LetterTemplateCatalog(folder)).Render(
                LetterKind.ReviewMeetingInvitation,
                model
            )
        );
    }

    [Fact]
    public void The_template_version_is_a_content_hash()
    {
        var folder = CopyTemplates();
        var before = new LetterTemplateCatalog(folder).For(LetterKind.LetterOfIssue).Version;
        File.AppendAllText(Path.Combine(folder, "letter-of-issue.sbn-html"), "\n");

        Assert.Equal(before, Catalog.For(LetterKind.LetterOfIssue).Version);
        Assert.NotEqual(before, new LetterTemplateCatalog(folder).For(LetterKind.LetterOfIssue).Version);
    }

    private static string CopyTemplates()
    {
        var folder = Directory.CreateTempSubdirectory("plo-templates-").FullName;
        foreach (var file in Directory.EnumerateFiles(Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }
}
