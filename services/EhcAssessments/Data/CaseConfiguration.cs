using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SendPlatform.EhcAssessments.Domain.Cases;

namespace SendPlatform.EhcAssessments.Data;

public sealed class CaseConfiguration : IEntityTypeConfiguration<EhcCase>
{
    public void Configure(EntityTypeBuilder<EhcCase> e)
    {
        e.ToTable("ehc_cases");
        e.HasKey(c => c.Id);
        e.Property(c => c.Sequence).UseIdentityAlwaysColumn();
        e.Property(c => c.LaCode).HasMaxLength(3);
        e.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.RequestingSettingUrn).HasMaxLength(6);
        e.Property(c => c.Stage).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.AssessmentDecision).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.AssessmentDecisionReason).HasMaxLength(2000);
        e.Property(c => c.IssueDecision).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.IssueDecisionReason).HasMaxLength(2000);
        e.OwnsMany(c => c.Exceptions, x =>
        {
            x.ToJson("Exceptions");
            x.Property(y => y.Kind).HasConversion<string>();
        });
        e.OwnsMany(c => c.PlanVersions, x =>
        {
            x.ToJson("PlanVersions");
            x.Property(y => y.Kind).HasConversion<string>();
        });
        e.OwnsMany(c => c.Reviews, x =>
        {
            x.ToJson("Reviews");
            x.Property(y => y.Decision).HasConversion<string>();
            x.Ignore(y => y.DecidedInTime);
        });
        e.OwnsMany(c => c.Advice, x =>
        {
            x.ToJson("Advice");
            x.Property(y => y.Kind).HasConversion<string>();
            x.Ignore(y => y.DueOn);
            x.Ignore(y => y.ReceivedInTime);
        });
        e.OwnsMany(c => c.Disagreements, x =>
        {
            x.ToJson("Disagreements");
            x.Property(y => y.Subject).HasConversion<string>();
            x.Property(y => y.Outcome).HasConversion<string>();
            x.Ignore(y => y.MediationDueOn);
            x.Ignore(y => y.CertificateDueOn);
            x.Ignore(y => y.AppealDeadline);
            x.Ignore(y => y.AppealInTime);
            x.Ignore(y => y.OrderPending);
            x.Ignore(y => y.Order);
        });
        e.Property(c => c.CeaseReason).HasConversion<string>().HasMaxLength(30);
        e.Property(c => c.Schools).HasColumnName("SchoolSystem").HasConversion<string>().HasMaxLength(30);
        e.Property(c => c.TransferredFromLa).HasMaxLength(3);
        e.OwnsOne(c => c.IssuedPlan, plan =>
        {
            plan.Property(x => x.PrimaryNeed).HasColumnName("PlanPrimaryNeed").HasMaxLength(4);
            plan.Property(x => x.ProvisionType).HasColumnName("PlanProvisionType").HasMaxLength(40);
            plan.Property(x => x.SettingUrn).HasColumnName("PlanSettingUrn").HasMaxLength(6);
        });
        e.Property(c => c.RecordedBy).HasMaxLength(100);
        e.Property(c => c.IdempotencyKey).HasMaxLength(100);
        e.OwnsOne(c => c.Child, child =>
        {
            child.Property(x => x.GivenName).HasColumnName("ChildGivenName").HasMaxLength(100);
            child.Property(x => x.FamilyName).HasColumnName("ChildFamilyName").HasMaxLength(100);
            child.Property(x => x.DateOfBirth).HasColumnName("ChildDateOfBirth");
            child.Property(x => x.Sex).HasColumnName("ChildSex").HasMaxLength(1);
            child.Property(x => x.Postcode).HasColumnName("ChildPostcode").HasMaxLength(8);
            child.Property(x => x.Upn).HasColumnName("ChildUpn").HasMaxLength(13);
        });
        e.Ignore(c => c.Next);
        e.Ignore(c => c.LatestDraft);
        e.Ignore(c => c.AmendedInTime);
        e.Ignore(c => c.PendingOrder);
        // The LA's list (newest first, by stage) and its overdue list.
        e.HasIndex(c => new { c.LaCode, c.Sequence });
        e.HasIndex(c => new { c.LaCode, c.NextDueOn });
        e.HasIndex(c => new { c.RecordedBy, c.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
    }
}
