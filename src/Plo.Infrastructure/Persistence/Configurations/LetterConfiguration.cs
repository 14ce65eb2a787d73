using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;
using Plo.Domain.Common;
using Plo.Domain.Letters;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class LetterConfiguration : IEntityTypeConfiguration<Letter>
{
    public void Configure(EntityTypeBuilder<Letter> builder)
    {
        builder.ToTable("Letters");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.PendingEvents);
        builder.Property(l => l.RecipientName).HasMaxLength(FieldLengths.Name * 2 + 1);
        builder.Property(l => l.PreferredLanguage).HasMaxLength(FieldLengths.Language);
        builder.Property(l => l.CreatedBy).HasMaxLength(FieldLengths.UserId);
        builder.Property(l => l.DraftedBy).HasMaxLength(FieldLengths.UserId);
        builder.Property(l => l.ApprovedBy).HasMaxLength(FieldLengths.UserId);
        builder.Property(l => l.IssuedBy).HasMaxLength(FieldLengths.UserId);
        builder.Property(l => l.OverrideReason).HasMaxLength(Limits.Narrative);
        builder.Property(l => l.EnglishOnlyReason).HasMaxLength(Limits.Narrative);
        builder.Property(l => l.OverrideCategory).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(l => new { l.CaseId, l.Kind });
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsOne(
            l => l.Content,
            c =>
            {
                Unbounded(c.Property(x => x.Html).HasColumnName("Html"));
                Unbounded(c.Property(x => x.Text).HasColumnName("Text"));
                Unbounded(c.Property(x => x.ReportJson).HasColumnName("ReportJson"));
                Unbounded(c.Property(x => x.ModelJson).HasColumnName("ModelJson"));
                c.Property(x => x.ErrorCount).HasColumnName("ErrorCount");
                c.Property(x => x.WarningCount).HasColumnName("WarningCount");
                c.Property(x => x.TemplateVersion).HasColumnName("TemplateVersion").HasMaxLength(64);
            }
        );
        builder.Navigation(l => l.Content).IsRequired();
    }

    /// <summary>Letters and reports have no sensible length limit (nvarchar(max) / TEXT); the model's 200-character
    /// default is lifted.</summary>
    private static void Unbounded(PropertyBuilder<string> property) => property.Metadata.SetMaxLength(null);
}
