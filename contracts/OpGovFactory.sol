// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {OpGov, OpGovConfig} from "./OpGov.sol";
import {Constraints} from "./types/OpGovTypes.sol";

/// @title OpGovFactory
/// @notice Deploys one opgov instance per DAO at a deterministic address (CREATE2 over the
///         instance's whole configuration), so the address can be known, given a Hats role
///         and enabled as a Safe module before the instance exists. Every instance shares the
///         factory's extension (and through it the lens); none can be upgraded, and each can
///         only ever move funds of the treasury it was deployed with.
contract OpGovFactory {
    /// @notice What a DAO deploys its instance with.
    struct Params {
        /// The community treasury Safe.
        address treasury;
        /// Wearers of this hat act as the community.
        uint256 communityHat;
        /// The hat the instance will wear; top-level cell hats are created under it.
        uint256 rootHat;
        Constraints constraints;
        /// Tokens allowed from the start (address(0) = native) and their per-domain caps.
        address[] tokens;
        uint96[] caps;
    }

    /// @notice An instance was deployed.
    event OpGovDeployed(
        address indexed instance, address indexed treasury, uint256 indexed communityHat, uint256 rootHat, bytes32 salt
    );

    /// @notice An instance with this configuration and salt exists already at `instance`.
    error OpGovFactoryInstanceExists(address instance);
    /// @notice The treasury must be a contract (the DAO's Safe).
    error OpGovFactoryTreasuryNotContract(address treasury);

    /// @notice Hats Protocol v1 on this chain.
    address public immutable HATS;
    /// @notice The extension every instance delegates to.
    address public immutable EXTENSION;

    constructor(address hats, address extension) {
        HATS = hats;
        EXTENSION = extension;
    }

    /// @notice Deploys an instance. Anyone may call it: the address commits to the whole
    ///         configuration, so a front-runner can only deploy the very instance the DAO wanted.
    function deploy(Params calldata params, bytes32 salt) external returns (address instance) {
        if (params.treasury.code.length == 0) revert OpGovFactoryTreasuryNotContract(params.treasury);
        address predicted = predict(params, salt);
        if (predicted.code.length != 0) revert OpGovFactoryInstanceExists(predicted);
        instance = address(new OpGov{salt: salt}(_config(params), EXTENSION));
        emit OpGovDeployed(instance, params.treasury, params.communityHat, params.rootHat, salt);
    }

    /// @notice The address `deploy(params, salt)` deploys to.
    function predict(Params calldata params, bytes32 salt) public view returns (address) {
        bytes32 initCodeHash =
            keccak256(abi.encodePacked(type(OpGov).creationCode, abi.encode(_config(params), EXTENSION)));
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes1(0xff), address(this), salt, initCodeHash)))));
    }

    function _config(Params calldata params) internal view returns (OpGovConfig memory) {
        return OpGovConfig({
            hats: HATS,
            treasury: params.treasury,
            communityHat: params.communityHat,
            rootHat: params.rootHat,
            constraints: params.constraints,
            tokens: params.tokens,
            caps: params.caps
        });
    }
}
