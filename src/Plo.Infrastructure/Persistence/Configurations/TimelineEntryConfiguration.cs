using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plo.Domain.Cases;
using Plo.Domain.Timeline;

namespace Plo.Infrastructure.Persistence.Configurations;

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("Timeline", t => AppendOnlyTables.DeclareTriggers(t, "Timeline"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.UserId).HasMaxLength(FieldLengths.UserId);
        builder.Property(t => t.Kind).HasMaxLength(50);
        builder.Property(t => t.Summary).Metadata.SetMaxLength(null); // summaries quote the reasons people typed, whole
        builder.HasIndex(t => new { t.CaseId, t.At });
    }
}
