// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {
    GovernorVotesQuorumFraction
} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

/// @title BenchVotes
/// @notice The benchmark's voting token for the OpenZeppelin Governor peer (`npm run bench`):
///         a plain ERC20Votes whose deployer mints one vote per circle member.
contract BenchVotes is ERC20, ERC20Votes {
    address private immutable MINTER;

    error BenchVotesNotMinter(address caller);

    constructor() ERC20("Bench Votes", "BVOTE") EIP712("Bench Votes", "1") {
        MINTER = msg.sender;
    }

    function mint(address to, uint256 amount) external {
        if (msg.sender != MINTER) revert BenchVotesNotMinter(msg.sender);
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}

/// @title BenchGovernor
/// @notice The OpenZeppelin Governor the benchmark compares opgov with: simple counting, votes
///         from an ERC20Votes token, a quorum fraction, and a TimelockController that holds the
///         treasury. Voting delay and period are in blocks (the token's clock).
contract BenchGovernor is
    Governor,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl
{
    uint48 private immutable VOTING_DELAY;
    uint32 private immutable VOTING_PERIOD;

    constructor(IVotes token, TimelockController timelock, uint48 delay, uint32 period, uint256 quorumPercent)
        Governor("Bench Governor")
        GovernorVotes(token)
        GovernorVotesQuorumFraction(quorumPercent)
        GovernorTimelockControl(timelock)
    {
        VOTING_DELAY = delay;
        VOTING_PERIOD = period;
    }

    function votingDelay() public view override returns (uint256) {
        return VOTING_DELAY;
    }

    function votingPeriod() public view override returns (uint256) {
        return VOTING_PERIOD;
    }

    function state(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}

/// @title BenchTimelock
/// @notice OpenZeppelin's TimelockController, named for the benchmark's artifacts.
contract BenchTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
