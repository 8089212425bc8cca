using MassTransit;
using SendPlatform.ApCommissioning.Application;
using SendPlatform.Contracts.IntegrationEvents;

namespace SendPlatform.ApCommissioning.Events;

/// <summary>
/// A published funding framework reprices the commissions not yet started (see <see cref="RepriceCommissions"/>).
/// Repricing recomputes from the tariffs in force, so a redelivered event changes nothing further and no inbox
/// claim is needed; a failure is retried by the bus.
/// </summary>
public sealed class TariffScheduleChangedConsumer(RepriceCommissions repricing) : IConsumer<TariffScheduleChanged>
{
    public Task Consume(ConsumeContext<TariffScheduleChanged> context)
    {
        var e = context.Message;
        if (!FinancialYear.TryParse(e.FinancialYear, out var year)) throw new InvalidOperationException($"'{e.FinancialYear}' is not a financial year.");
        return repricing.RepriceAsync(e.FrameworkId, year.Value, e.SupersededFrameworkId, context.CancellationToken);
    }
}
