using Grpc.Core;
using SendPlatform.ApCommissioning.Application;
using SendPlatform.ServiceDefaults.Grpc;
using Proto = SendPlatform.Contracts.Ap.V1;

namespace SendPlatform.ApCommissioning.Api;

/// <summary>Placing pupils in commissioned places, reading and ending placements (see PlacePupil, ReadPlacement, EndPlacement).</summary>
public sealed class PlacementsApi(PlacePupil placing, ReadPlacement reading, EndPlacement ending, TimeProvider clock) : Proto.ApPlacements.ApPlacementsBase
{
    public override async Task<Proto.Placement> PlacePupil(Proto.PlacePupilRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var key = IdempotencyKeys.Parse(request.IdempotencyKey, v);
        var placement = v.Checked(PlacementValidation.Placement(request, clock.TodayInEngland(), v));
        return (await placing.PlaceAsync(context.GetCaller(), key, placement, context.CancellationToken)).ToProto();
    }

    public override async Task<Proto.Placement> GetPlacement(Proto.GetPlacementRequest request, ServerCallContext context) =>
        (await reading.ReadAsync(context.GetCaller(), PlacementId(request.Id, "id"), context.CancellationToken)).ToProto();

    public override async Task<Proto.Placement> EndPlacement(Proto.EndPlacementRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var end = PlacementValidation.Ending(request, v);
        if (!Guid.TryParse(request.Id, out var id)) v.Add("id", "is not a placement id");
        return (await ending.EndAsync(context.GetCaller(), id, v.Checked(end), context.CancellationToken)).ToProto();
    }

    public static Guid PlacementId(string text, string field) =>
        Guid.TryParse(text, out var id) ? id : throw new RequestValidationException([new FieldViolation(field, "is not a placement id")]);
}
